#!/usr/bin/env python3
"""Prints every .js file under lib/ as a GN source path (//lib/...), for js2c's inputs.

Usage: list_lib.py SOURCE_ROOT
"""
import os
import sys

root = sys.argv[1]
lib = os.path.join(root, 'lib')
for dirpath, dirnames, filenames in os.walk(lib):
    dirnames.sort()
    for name in sorted(filenames):
        if name.endswith('.js'):
            rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')
            print('//' + rel)
