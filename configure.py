#!/usr/bin/env python3
"""Checks rt's dependencies, writes out/<Config>/args.gn and runs `gn gen`.

  ./configure.py [--debug] [--out DIR] [--cc CC] [--cxx CXX]

Every missing dependency is reported with the Debian package that provides it;
tools/bootstrap.sh installs them all.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
VERSION = '0.1.0'

PKG_CONFIG = {
    # pkg-config name: Debian package
    'libuv': 'libuv1-dev',
    'openssl': 'libssl-dev',
    'zlib': 'zlib1g-dev',
    'libbrotlienc': 'libbrotli-dev',
    'libbrotlidec': 'libbrotli-dev',
    'libcares': 'libc-ares-dev',
    'icu-uc': 'libicu-dev',
}
FILES = {
    '/usr/share/llhttp/llhttp.c': 'node-llhttp',
    '/usr/share/include/llhttp/llhttp.h': 'node-llhttp',
    '/usr/include/catch2/catch.hpp': 'catch2',
}
TOOLS = {'gn': 'generate-ninja', 'ninja': 'ninja-build', 'pkg-config': 'pkg-config'}


def gn_list(items):
    return '[' + ', '.join('"%s"' % i.replace('"', '\\"') for i in items) + ']'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--debug', action='store_true', help='build without optimisation, with -g')
    parser.add_argument('--out', help='build directory (default out/Release or out/Debug)')
    parser.add_argument('--cc', default=os.environ.get('CC', 'gcc'))
    parser.add_argument('--cxx', default=os.environ.get('CXX', 'g++'))
    args = parser.parse_args()

    missing = []
    for tool, pkg in sorted(TOOLS.items()):
        if shutil.which(tool) is None:
            missing.append('%s (apt-get install %s)' % (tool, pkg))
    for compiler in (args.cc, args.cxx):
        if shutil.which(compiler) is None:
            missing.append('%s (apt-get install g++)' % compiler)
    for path, pkg in sorted(FILES.items()):
        if not os.path.exists(path):
            missing.append('%s (apt-get install %s)' % (path, pkg))
    cflags, libs = [], []
    if shutil.which('pkg-config'):
        for name, pkg in sorted(PKG_CONFIG.items()):
            r = subprocess.run(['pkg-config', '--cflags', '--libs', name],
                               capture_output=True, text=True)
            if r.returncode != 0:
                missing.append('%s (apt-get install %s)' % (name, pkg))
                continue
            for flag in r.stdout.split():
                if flag.startswith('-l'):
                    if flag[2:] not in libs:
                        libs.append(flag[2:])
                elif flag not in cflags:
                    cflags.append(flag)
    v8_dir = os.path.join(ROOT, 'deps', 'v8')
    version_h = os.path.join(v8_dir, 'include', 'v8-version.h')
    if not os.path.exists(version_h) or not os.path.exists(os.path.join(v8_dir, 'lib', 'libnode.so.108')):
        missing.append('V8 10.2 from libnode108/libnode-dev in deps/v8 (run tools/bootstrap.sh)')
    else:
        with open(version_h) as f:
            major = re.search(r'#define V8_MAJOR_VERSION (\d+)', f.read()).group(1)
        if major != '10':
            sys.exit('configure: deps/v8 has V8 %s, rt needs V8 10.2 (libnode108); '
                     'rerun tools/bootstrap.sh after removing deps/v8' % major)
    if missing:
        sys.stderr.write('configure: missing dependencies:\n')
        for m in missing:
            sys.stderr.write('  - %s\n' % m)
        sys.stderr.write('Run tools/bootstrap.sh (or `make`) to install them.\n')
        return 1

    out = args.out or os.path.join('out', 'Debug' if args.debug else 'Release')
    out_abs = os.path.join(ROOT, out)
    os.makedirs(out_abs, exist_ok=True)
    gn_args = [
        'is_debug = %s' % ('true' if args.debug else 'false'),
        'cc = "%s"' % args.cc,
        'cxx = "%s"' % args.cxx,
        'dep_cflags = %s' % gn_list(cflags),
        'dep_libs = %s' % gn_list(libs + ['dl']),
        'rt_version = "%s"' % VERSION,
    ]
    with open(os.path.join(out_abs, 'args.gn'), 'w') as f:
        f.write('# Written by configure.py\n' + '\n'.join(gn_args) + '\n')
    r = subprocess.run(['gn', 'gen', out_abs], cwd=ROOT)
    return r.returncode


if __name__ == '__main__':
    sys.exit(main())
