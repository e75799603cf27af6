import sys

from .cli import parse

args = parse()  # first: a bad argument fails before the heavy imports below

from .run import main  # noqa: E402

sys.exit(main(args=args))
