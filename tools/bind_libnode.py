#!/usr/bin/env python3
"""Writes a copy of libnode.so whose references to its own symbols are pre-bound.

Usage: tools/bind_libnode.py IN_LIBNODE OUT_LIBNODE EXECUTABLE...

Debian's libnode.so.108 exports every V8 symbol and reaches its own functions and data
through about 60 000 symbolic relocations (GOT, PLT and vtable slots). At every start the
dynamic linker hashes each of those names and looks it up in every loaded object: about
40 % of the instructions of `rt -e 0`. A symbol defined in libnode and in no other object
of the process can only ever resolve to libnode's own definition, so its relocation can be
written as R_X86_64_RELATIVE (base address + the symbol's offset), which the linker applies
without a lookup, as `-Bsymbolic` would have at link time.

Left as they are: symbols also defined by one of the executables given or by any library
they load (`ldd`), since those may be interposed; undefined, TLS, IFUNC and non-default
visibility symbols. RELRO and BIND_NOW stay: the slots are still filled before the
process runs and then made read-only.
"""

import os
import struct
import subprocess
import sys

R_X86_64_64 = 1
R_X86_64_GLOB_DAT = 6
R_X86_64_JUMP_SLOT = 7
R_X86_64_RELATIVE = 8
STT_OBJECT, STT_FUNC, STT_TLS, STT_GNU_IFUNC = 1, 2, 6, 10
STB_GLOBAL, STB_WEAK = 1, 2
STV_DEFAULT = 0


class Elf:
    def __init__(self, data):
        if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
            raise ValueError('not a little-endian 64-bit ELF file')
        self.data = data
        (self.shoff,) = struct.unpack_from('<Q', data, 0x28)
        self.shentsize, self.shnum, self.shstrndx = struct.unpack_from('<HHH', data, 0x3a)
        self.sections = []
        for i in range(self.shnum):
            off = self.shoff + i * self.shentsize
            name, stype, _, _, offset, size, link, _, _, entsize = struct.unpack_from(
                '<IIQQQQIIQQ', data, off)
            self.sections.append(dict(name=name, type=stype, offset=offset, size=size,
                                      link=link, entsize=entsize))
        strtab = self.sections[self.shstrndx]
        for s in self.sections:
            s['name'] = self._cstr(strtab['offset'] + s['name'])

    def _cstr(self, offset):
        end = self.data.index(b'\0', offset)
        return self.data[offset:end].decode('latin-1')

    def section(self, name):
        for s in self.sections:
            if s['name'] == name:
                return s
        return None

    def dynamic_symbols(self):
        """[(name, info, other, shndx, value)] of .dynsym, index 0 included."""
        dynsym = self.section('.dynsym')
        dynstr = self.sections[dynsym['link']]
        symbols = []
        for i in range(dynsym['size'] // 24):
            name, info, other, shndx, value, _ = struct.unpack_from(
                '<IBBHQQ', self.data, dynsym['offset'] + i * 24)
            symbols.append((self._cstr(dynstr['offset'] + name), info, other, shndx, value))
        return symbols


def defined_names(path):
    with open(path, 'rb') as f:
        elf = Elf(f.read())
    return {name for name, _, _, shndx, _ in elf.dynamic_symbols() if shndx != 0 and name}


def loaded_libraries(executable):
    """The libraries the dynamic linker loads for `executable`, libnode excepted."""
    out = subprocess.run(['ldd', executable], capture_output=True, text=True, check=True).stdout
    paths = []
    for line in out.splitlines():
        parts = line.split('=>')
        if len(parts) == 2 and parts[1].strip().startswith('/'):
            path = parts[1].split('(')[0].strip()
            if not os.path.basename(path).startswith('libnode.so'):
                paths.append(path)
    return paths


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    src, dst, executables = argv[0], argv[1], argv[2:]
    with open(src, 'rb') as f:
        data = bytearray(f.read())
    elf = Elf(bytes(data))
    elsewhere = set()
    others = set(executables)
    for executable in executables:
        others.update(loaded_libraries(executable))
    for path in sorted(others):
        elsewhere |= defined_names(path)

    symbols = elf.dynamic_symbols()
    bindable = [False] * len(symbols)
    for i, (name, info, other, shndx, value) in enumerate(symbols):
        stype, bind = info & 0xf, info >> 4
        bindable[i] = (i != 0 and shndx != 0 and bind in (STB_GLOBAL, STB_WEAK) and
                       stype in (STT_OBJECT, STT_FUNC) and (other & 3) == STV_DEFAULT and
                       name not in elsewhere)

    rewritten = kept = 0
    for name in ('.rela.dyn', '.rela.plt'):
        section = elf.section(name)
        if section is None:
            continue
        for off in range(section['offset'], section['offset'] + section['size'], 24):
            r_offset, r_info, r_addend = struct.unpack_from('<QQq', data, off)
            rtype, symidx = r_info & 0xffffffff, r_info >> 32
            if rtype not in (R_X86_64_64, R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT):
                continue
            if not bindable[symidx]:
                kept += 1
                continue
            value = symbols[symidx][4] + (r_addend if rtype == R_X86_64_64 else 0)
            struct.pack_into('<QQq', data, off, r_offset, R_X86_64_RELATIVE, value)
            rewritten += 1

    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    tmp = dst + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, dst)
    print(f'{dst}: {rewritten} symbolic relocations pre-bound, {kept} left for the linker')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
