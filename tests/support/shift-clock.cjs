/*
 * Preloaded into a test server (node --require) to move its clock forward by
 * MASTHEAD_CLOCK_SHIFT_DAYS days, so scheduled publishing can be tested without waiting for
 * a date to arrive. Date moves, and so does performance.timeOrigin, which Next's cache uses
 * to decide when a page is due to be regenerated. Timers still run in real time.
 */
const days = Number(process.env.MASTHEAD_CLOCK_SHIFT_DAYS ?? 0);
if (days) {
  const shift = days * 24 * 60 * 60 * 1000;
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...args);
    }
    static now() {
      return RealDate.now() + shift;
    }
    static UTC(...args) {
      return RealDate.UTC(...args);
    }
    static parse(text) {
      return RealDate.parse(text);
    }
  }
  globalThis.Date = ShiftedDate;
  Object.defineProperty(performance, 'timeOrigin', { value: performance.timeOrigin + shift });
}
