"""The chaos suite: the client against a scripted hostile server and the fake, over real loopback HTTP.

`python -m chaos` (or `make chaos`) runs every scenario for every transport and prints one table;
`tests/test_chaos.py` runs a small configuration of each inside `make test` and asserts the invariants.
"""
