# An instance's __dict__ (vars(obj)) is a dict to type(), __class__ and isinstance(): pprint sorts and
# wraps it, copy copies it, json dumps it, and changes through it still reach the attributes.
import argparse
import copy
import json
import pprint


class Config:
    def __init__(self):
        self.workers = 4
        self.hosts = ["alpha.example", "beta.example", "gamma.example", "delta.example"]
        self.timeout = 2.5


c = Config()
d = vars(c)
print(type(d) is dict, type(d).__name__, d.__class__ is dict, isinstance(d, dict), type(c.__dict__) is dict)
pprint.pprint({"config": vars(c), "name": "crawler"})
pprint.pprint(vars(c), width=40)
print(copy.deepcopy(vars(c)), copy.copy(vars(c)) == d)
print(json.dumps({"c": vars(c)}, sort_keys=True))
vars(c)["extra"] = True
c.__dict__.update(workers=8)
print(c.extra, c.workers, sorted(vars(c)))
parser = argparse.ArgumentParser()
parser.add_argument("--level", type=int, default=1)
parser.add_argument("--name", default="x")
pprint.pprint(vars(parser.parse_args(["--level", "3"])))
print(type(vars(parser.parse_args([]))) is dict)
