from vnhr_desktop.frozen import prepare

prepare()

from vnhr_desktop.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
