'use strict';

// The os module over the `os` binding.

const { os: constants } = internalBinding('constants');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { getCIDR } = require('internal/util');

// The binding throws plain { code, syscall, errno, message } objects; users see
// Node's SystemError: "A system error occurred: uv_os_gethostname returned ...".
const rawBinding = internalBinding('os');
const binding = {};
for (const name of Object.keys(rawBinding)) {
  const fn = rawBinding[name];
  if (typeof fn !== 'function') continue;
  binding[name] = (...args) => {
    try {
      return Reflect.apply(fn, rawBinding, args);
    } catch (err) {
      if (err !== null && typeof err === 'object' && typeof err.syscall === 'string' &&
          err.code !== 'ERR_SYSTEM_ERROR') {
        throw new ERR_SYSTEM_ERROR({
          errno: err.errno, code: err.code, message: err.message, syscall: err.syscall,
        });
      }
      throw err;
    }
  };
}

// Functions whose value is a plain string or number can be used where that
// value is expected (`${os.hostname}`), as in Node.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const getHostname = withPrimitive(function getHostname() {
  return binding.getHostname();
});

const getHomeDirectory = withPrimitive(function homedir() {
  return binding.getHomeDirectory();
});

const getUptime = withPrimitive(function uptime() {
  return binding.getUptime();
});

const getFreeMem = withPrimitive(function getFreeMem() {
  return binding.getFreeMem();
});

const getTotalMem = withPrimitive(function getTotalMem() {
  return binding.getTotalMem();
});

const getAvailableParallelism = withPrimitive(function getAvailableParallelism() {
  return binding.getAvailableParallelism();
});

// uname() does not change while the process runs: read it once, on first use.
let osInformation;
function osInfo(index) {
  if (osInformation === undefined) osInformation = binding.getOSInformation();
  return osInformation[index];
}

const getOSType = withPrimitive(function getOSType() {
  return osInfo(0);
});

const getOSVersion = withPrimitive(function getOSVersion() {
  return osInfo(1);
});

const getOSRelease = withPrimitive(function getOSRelease() {
  return osInfo(2);
});

const getMachine = withPrimitive(function getMachine() {
  return osInfo(3);
});

const arch = withPrimitive(function arch() {
  return process.arch;
});

const platform = withPrimitive(function platform() {
  return process.platform;
});

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
const endianness = withPrimitive(function endianness() {
  return kEndianness;
});

const tmpdir = withPrimitive(function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
});

function loadavg() {
  const values = new Float64Array(3);
  binding.getLoadAvg(values);
  return [values[0], values[1], values[2]];
}

// The binding gives 7 values per CPU: model, speed, then the user, nice, sys,
// idle and irq times in ms.
function cpus() {
  const data = binding.getCPUs() || [];
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

// The binding gives 7 values per address: interface name, address, netmask,
// family, mac, internal, scopeid (-1 for IPv4). Addresses are grouped by
// interface name, in the order the system lists them.
function networkInterfaces() {
  const data = binding.getInterfaceAddresses() || [];
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    const scopeid = data[i + 6];
    if (scopeid !== -1) entry.scopeid = scopeid;
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return binding.getPriority(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  binding.setPriority(pid, priority);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const { uid, gid, username, homedir, shell } = binding.getUserInfo(options);
  // A null-prototype object, as in Node.
  const info = { __proto__: null, uid, gid, username, homedir, shell };
  if (options !== null && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof info[key] === 'string') info[key] = Buffer.from(info[key]);
    }
  }
  return info;
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  EOL: {
    __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n',
  },
  devNull: {
    __proto__: null, configurable: true, enumerable: true, writable: false,
    value: '/dev/null',
  },
});
