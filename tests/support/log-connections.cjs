/*
 * Loaded with `node --require` into a server under test, it writes every TCP connection the
 * process opens, as `host:port` a line, to the file named by MASTHEAD_CONNECTION_LOG. A server
 * answering from its own build and content opens none.
 */
const fs = require('node:fs');
const net = require('node:net');

const log = process.env.MASTHEAD_CONNECTION_LOG;
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function loggedConnect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : undefined;
  const isPath = options ? options.path !== undefined : typeof args[0] === 'string';
  if (log && !isPath) {
    const host = options ? options.host : typeof args[1] === 'string' ? args[1] : 'localhost';
    const port = options ? options.port : args[0];
    fs.appendFileSync(log, `${host}:${port}\n`);
  }
  return connect.apply(this, args);
};
