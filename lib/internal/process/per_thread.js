'use strict';

// The methods and fields of the process object that are written in JS.

const binding = internalBinding('process_methods');
const { nextTick } = require('internal/process/task_queues');

const { lazyErrors, lazyValidators } = require('internal/util');

const hrtimeFields = new Uint32Array(3);
const hrtimeBig = new BigUint64Array(1);

function hrtime(time) {
  binding.hrtime(hrtimeFields);
  const sec = hrtimeFields[0] * 0x100000000 + hrtimeFields[1];
  const nsec = hrtimeFields[2];
  if (time !== undefined) {
    lazyValidators().validateArray(time, 'time');
    if (time.length !== 2) {
      throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('time', 2, time.length);
    }
    const s = sec - time[0];
    const n = nsec - time[1];
    return [n < 0 ? s - 1 : s, n < 0 ? n + 1e9 : n];
  }
  return [sec, nsec];
}

hrtime.bigint = function bigint() {
  binding.hrtimeBigInt(hrtimeBig);
  return hrtimeBig[0];
};

const memoryFields = new Float64Array(5);
function memoryUsage() {
  binding.memoryUsage(memoryFields);
  return {
    rss: memoryFields[0],
    heapTotal: memoryFields[1],
    heapUsed: memoryFields[2],
    external: memoryFields[3],
    arrayBuffers: memoryFields[4],
  };
}
memoryUsage.rss = function rss() {
  return binding.rss();
};

const cpuFields = new Float64Array(2);
function cpuUsage(prev) {
  if (prev !== undefined) {
    lazyValidators().validateObject(prev, 'prevValue');
    for (const key of ['user', 'system']) {
      const v = prev[key];
      if (typeof v !== 'number') {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(`prevValue.${key}`, 'number', v);
      }
      if (v < 0 || !Number.isFinite(v)) {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE).RangeError(`prevValue.${key}`, v);
      }
    }
  }
  const err = binding.cpuUsage(cpuFields);
  if (err < 0) throw lazyErrors().UVException({ errno: err, syscall: 'uv_getrusage' });
  if (prev !== undefined) {
    return { user: cpuFields[0] - prev.user, system: cpuFields[1] - prev.system };
  }
  return { user: cpuFields[0], system: cpuFields[1] };
}

const resourceFields = new Float64Array(16);
function resourceUsage() {
  binding.resourceUsage(resourceFields);
  const f = resourceFields;
  return {
    userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
    unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6],
    majorPageFault: f[7], swappedOut: f[8], fsRead: f[9], fsWrite: f[10],
    ipcSent: f[11], ipcReceived: f[12], signalsCount: f[13],
    voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
  };
}

let cachedCwd = '';
function cwd() {
  if (cachedCwd) return cachedCwd;
  const result = binding.cwd();
  if (typeof result === 'number') {
    throw lazyErrors().UVException({ errno: result, syscall: 'uv_cwd' });
  }
  cachedCwd = result;
  return result;
}

function chdir(directory) {
  lazyValidators().validateString(directory, 'directory');
  cachedCwd = '';
  binding.chdir(directory);
}

function umask(mask) {
  if (mask === undefined) return binding.umask();
  mask = lazyValidators().parseFileMode(mask, 'mask');
  return binding.umask(mask);
}

function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  lazyValidators().validateInteger(code, 'code');
}

function exit(code) {
  if (arguments.length > 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  process.reallyExit(process.exitCode | 0);
}

function emitBeforeExit() {
  process.emit('beforeExit', process.exitCode | 0);
}

// Called once by C++ when the loop is done; returns the final exit code.
function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  return process.exitCode | 0;
}

const signals = internalBinding('constants').os.signals;

function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) { // eslint-disable-line eqeqeq
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  }
  let signal;
  if (typeof sig === 'number') {
    signal = sig;
  } else if (typeof sig === 'string' && signals[sig] !== undefined) {
    signal = signals[sig];
  } else {
    throw new (lazyErrors().codes.ERR_UNKNOWN_SIGNAL)(sig);
  }
  const err = binding.kill(pid, signal);
  if (err < 0) throw lazyErrors().ErrnoException(err, 'kill');
  return true;
}

// Warnings: 'warning' event on the next tick, printed unless --no-warnings.
let traceHintShown = false;
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) lazyValidators().validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    lazyValidators().validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    const limit = Error.stackTraceLimit;
    if (process.throwDeprecation) Error.stackTraceLimit = 10;
    warning = new Error(warning);
    Error.stackTraceLimit = limit;
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
    Error.captureStackTrace(warning, ctor || process.emitWarning);
  } else if (!(warning instanceof Error)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  nextTick(() => process.emit('warning', warning));
}

function defaultWarningListener(warning) {
  if (process.execArgv.includes('--no-warnings') || process.noProcessWarnings) return;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  const trace = process.traceProcessWarnings ||
    (warning.name === 'DeprecationWarning' && process.traceDeprecation);
  let msg = `(rt:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += warning.stack;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`rt ${flag} ...\` to show where the warning was created)`;
  }
  // --redirect-warnings=file: appended there (stderr if the file cannot be written).
  const file = require('internal/options').getOptionValue('--redirect-warnings');
  if (file !== undefined) {
    try {
      require('fs').appendFileSync(file, `${msg}\n`);
      return;
    } catch {
      // As Node: fall back to stderr.
    }
  }
  process.stderr.write(`${msg}\n`);
}

function setupProcessObject(process, options) {
  const argv = [process.execPath];
  if (options.scriptPath) argv.push(options.scriptPath);
  argv.push(...options.scriptArgs);
  process.argv = argv;
  process.argv0 = options.argv0;
  process.execArgv = options.execArgv;
  const machine = internalBinding('os').getOSInformation()[3];
  const readOnly = (name, value) => Object.defineProperty(process, name, {
    value, writable: false, enumerable: true, configurable: true,
  });
  readOnly('platform', 'linux');
  readOnly('arch', { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32', armv7l: 'arm',
                     ppc64le: 'ppc64', s390x: 's390x', riscv64: 'riscv64' }[machine] || machine);
  readOnly('release', { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' });
  readOnly('features', {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, cached_builtins: true,
    // require() of ES modules works, as in Node 20.19+, unless turned off by flag.
    require_module: !options.execArgv.includes('--no-experimental-require-module'),
  });
  Object.defineProperty(process, 'features', { configurable: false });
  readOnly('config', buildConfig(process.arch, process.versions));
  process._exiting = false;
  // Like Node, these exist only when their flag was given.
  if (options.execArgv.includes('--no-deprecation')) process.noDeprecation = true;
  if (options.execArgv.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (options.execArgv.includes('--trace-deprecation')) process.traceDeprecation = true;
  if (options.execArgv.includes('--trace-warnings')) process.traceProcessWarnings = true;
  process._preload_modules = [];
  process.debugPort = 9229;
  process.domain = null;
  if (options.title) process.title = options.title;

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      validateExitCode(code);
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  Object.assign(process, {
    cwd, chdir, umask, hrtime, uptime: binding.uptime, memoryUsage, cpuUsage, resourceUsage,
    exit, kill, nextTick, emitWarning,
    reallyExit: binding.reallyExit,
    abort: binding.abort,
    getuid: binding.getuid,
    geteuid: binding.geteuid,
    getgid: binding.getgid,
    getegid: binding.getegid,
    getgroups: binding.getgroups,
    // DEP0100.
    assert: require('internal/util').deprecate(function assert(value, message) {
      if (!value) throw new (lazyErrors().codes.ERR_ASSERTION)(message || 'assertion error');
    }, 'process.assert() is deprecated. Please use the `assert` module instead.', 'DEP0100'),
    // Sets the variables of a .env file that the environment does not already have.
    loadEnvFile(path = undefined) {
      if (path != null) {
        path = require('internal/fs/utils').getValidatedPath(path);
      } else {
        path = '.env';
      }
      const content = require('fs').readFileSync(path, 'utf8');
      const parsed = require('internal/util/parse_env').parseEnv(content);
      for (const key of Object.keys(parsed)) {
        if (process.env[key] === undefined) process.env[key] = parsed[key];
      }
    },
    _rawDebug(...args) {
      internalBinding('stdio').writeSync(2, `${require('internal/util/inspect').format(...args)}\n`);
    },
    _tickCallback() {
      require('internal/process/task_queues').processTicksAndRejections();
    },
    setUncaughtExceptionCaptureCallback(fn) {
      if (fn === null) {
        captureCallback = null;
        return;
      }
      if (typeof fn !== 'function') {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('fn', ['Function', 'null'], fn);
      }
      if (captureCallback !== null) {
        throw new (lazyErrors().codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
      }
      captureCallback = fn;
    },
    // rt maps no source maps; the switch is kept so code that flips it runs.
    setSourceMapsEnabled(val) {
      lazyValidators().validateBoolean(val, 'val');
      sourceMapsEnabled = val;
    },
    hasUncaughtExceptionCaptureCallback() {
      return captureCallback !== null;
    },
    getBuiltinModule(id) {
      lazyValidators().validateString(id, 'id');
      const { BuiltinModule } = require('internal/bootstrap/realm');
      const name = id.startsWith('node:') ? id.slice(5) : id;
      if (!BuiltinModule.canBeRequiredWithScheme(name)) return undefined;
      if (!id.startsWith('node:') && !BuiltinModule.canBeRequiredByUsers(name)) return undefined;
      return BuiltinModule.require(name);
    },
    constrainedMemory() { return 0; },
    availableMemory() { return internalBinding('os').getFreeMem(); },
    getActiveResourcesInfo() { return []; },
    _getActiveHandles() { return []; },
    _getActiveRequests() { return []; },
  });
  process.allowedNodeEnvironmentFlags = new Set([
    '--max-old-space-size', '--stack-size', '--no-warnings', '--no-deprecation',
    '--throw-deprecation', '--trace-warnings', '--trace-deprecation', '--require', '-r',
    '--input-type', '--title', '--unhandled-rejections', '--enable-source-maps',
  ]);

  const stdio = require('internal/process/stdio');
  for (const [name, get] of [['stdout', stdio.getStdout], ['stderr', stdio.getStderr],
                             ['stdin', stdio.getStdin]]) {
    Object.defineProperty(process, name, {
      get, configurable: true, enumerable: false,
    });
  }
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };

  Object.defineProperty(process, 'sourceMapsEnabled', {
    get() { return sourceMapsEnabled; }, enumerable: true, configurable: true,
  });
  sourceMapsEnabled = options.execArgv.includes('--enable-source-maps');

  process.on('warning', defaultWarningListener);
}

let captureCallback = null;
// Set by the domain module: (error, frame) -> true when a domain took the error.
let domainHandler = null;
let sourceMapsEnabled = false;

module.exports = {
  setupProcessObject,
  emitBeforeExit,
  emitExit,
  hrtime,
  getCaptureCallback: () => captureCallback,
  getDomainHandler: () => domainHandler,
  setDomainHandler(fn) {
    domainHandler = fn;
  },
};

// process.config: the build facts packages and tests read (v8_enable_i18n_support for Intl,
// node_shared_openssl, napi_build_version...), frozen like Node's. rt links the system's
// OpenSSL, zlib, libuv, c-ares, brotli and llhttp and has no inspector.
function buildConfig(arch, versions) {
  const deepFreeze = (o) => {
    for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
    return Object.freeze(o);
  };
  return deepFreeze({
    target_defaults: {
      cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [],
    },
    variables: {
      asan: 0, clang: 0, host_arch: arch, target_arch: arch,
      icu_small: false, icu_ver_major: String(versions.icu || '').split('.')[0],
      is_debug: 0, node_byteorder: 'little',
      node_module_version: Number(versions.modules), node_prefix: '/usr',
      node_shared: false, node_shared_brotli: true, node_shared_cares: true,
      node_shared_http_parser: true, node_shared_libuv: true, node_shared_nghttp2: true,
      node_shared_openssl: true, node_shared_zlib: true, node_use_openssl: true,
      node_use_v8_platform: true, openssl_is_fips: false, openssl_quic: false,
      shlib_suffix: `so.${versions.modules}`,
      v8_enable_i18n_support: 1, v8_enable_inspector: 0, v8_enable_webassembly: 1,
      rt: true,
    },
  });
}

