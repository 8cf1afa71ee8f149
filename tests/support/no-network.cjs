/*
 * Loaded with `node --require` into every Node process of a build (tests/run.mjs sets it in
 * NODE_OPTIONS, which child processes inherit), it refuses any connection or name lookup that
 * would leave the machine, as an offline machine would, and writes each attempt as a line to
 * the file named by MASTHEAD_NETWORK_LOG. Connections on loopback and local sockets, which the
 * build's own workers use, go through.
 */
const dns = require('node:dns');
const fs = require('node:fs');
const net = require('node:net');

const log = process.env.MASTHEAD_NETWORK_LOG;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::']);

function refuse(what) {
  if (log) fs.appendFileSync(log, `${JSON.stringify({ pid: process.pid, what })}\n`);
  const error = new Error(`The network is unreachable in this build (${what})`);
  error.code = 'ENETUNREACH';
  return error;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : undefined;
  const host = options ? options.host : typeof args[1] === 'string' ? args[1] : undefined;
  const isPath = options ? options.path !== undefined : typeof args[0] === 'string';
  if (!isPath && host !== undefined && !LOCAL_HOSTS.has(host) && !host.startsWith('127.')) {
    const error = refuse(`connect ${host}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  if (!LOCAL_HOSTS.has(hostname)) {
    process.nextTick(() => done(refuse(`lookup ${hostname}`)));
    return {};
  }
  return lookup.call(this, hostname, options, callback);
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = function guardedLookup(hostname, options) {
  if (!LOCAL_HOSTS.has(hostname)) return Promise.reject(refuse(`lookup ${hostname}`));
  return lookupPromise.call(this, hostname, options);
};
