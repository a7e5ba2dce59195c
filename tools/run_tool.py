#!/usr/bin/env python3
"""Runs a program built in this tree (GN actions must be Python scripts): run_tool.py PROG ARGS..."""
import os
import subprocess
import sys

sys.exit(subprocess.call([os.path.abspath(sys.argv[1])] + sys.argv[2:]))
