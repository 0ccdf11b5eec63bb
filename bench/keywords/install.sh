#!/usr/bin/env bash
# The keywords peer's npm packages; see ../npm-install.sh.
exec "$(dirname "$0")/../npm-install.sh" keywords
