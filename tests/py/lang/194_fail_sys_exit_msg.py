import sys

config = {"mode": "fast", "level": 3}
print("config loaded")
for k in sorted(config):
    print(k, "=", config[k])

def check(cfg):
    if cfg["level"] > 2:
        return "level too high: %d" % cfg["level"]
    return None

problem = check(config)
print("problem found:", problem is not None)
if problem:
    sys.exit("fatal: " + problem)
print("unreachable")
