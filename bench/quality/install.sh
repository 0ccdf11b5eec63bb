#!/usr/bin/env bash
# The quality peer's npm packages; see ../npm-install.sh.
exec "$(dirname "$0")/../npm-install.sh" quality
