"""vnhr-desktop: the district office's human-rights communication work, offline."""

__version__ = "0.1.0"
APP_NAME = "vnhr-desktop"
