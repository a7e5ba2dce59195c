'use strict';
// A small timer-driven service (HTTP lands with the net/http work): it ticks a few
// times, reports its uptime and memory, and stops cleanly on SIGINT or after 5 ticks.

const os = require('os');
const { EventEmitter } = require('events');

class Service extends EventEmitter {
  constructor(intervalMs, maxTicks) {
    super();
    this.ticks = 0;
    this.timer = setInterval(() => {
      this.ticks++;
      this.emit('tick', this.ticks);
      if (this.ticks >= maxTicks) this.stop('done');
    }, intervalMs);
  }

  stop(reason) {
    clearInterval(this.timer);
    this.emit('stop', reason);
  }
}

const service = new Service(200, 5);
console.log(`rt ${process.versions.rt} on ${os.hostname()} (${process.platform}/${process.arch}), pid ${process.pid}`);
service.on('tick', (n) => {
  const mb = (process.memoryUsage().rss / 1048576).toFixed(1);
  console.log(`tick ${n}: uptime ${process.uptime().toFixed(2)}s, rss ${mb} MB`);
});
service.on('stop', (reason) => console.log(`stopped (${reason})`));
process.on('exit', (code) => console.log(`exit ${code}`));
