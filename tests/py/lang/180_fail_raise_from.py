class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("missing setting 'port'") from e

configs = [{"port": "80"}, {"port": "8080"}, {"host": "x"}]
for c in configs:
    print("config", c)
    port = read_port(c)
    print("port is", port)
print("done")
