import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no

[paths]
home = /home/user
data = %(home)s/data
logs: %(data)s/logs
percent = 100%%

# a comment
; another
[workers]
count = 4
timeout = 2.5
names = alpha
    beta
    gamma
debug = off
"""
config = configparser.ConfigParser()
config.read_string(text)
print(config.sections())
print("forge.example" in config, "nope" in config, len(config))
print(config["forge.example"]["user"], config["forge.example"]["Compression"])
print(config["topsecret.server.example"].getint("port"), config.getboolean("topsecret.server.example", "forwardx11"))
print(config.get("paths", "logs"), config.get("paths", "logs", raw=True), config["paths"]["percent"])
print(config.getint("workers", "count"), config.getfloat("workers", "timeout"), config.getboolean("workers", "debug"))
print(repr(config["workers"]["names"]), config["workers"]["names"].split())
print(config.get("workers", "missing", fallback="dflt"), config["workers"].get("missing"), config.getint("workers", "nope", fallback=7))
print(list(config["forge.example"]), config.options("topsecret.server.example"))
print(config.items("forge.example"))
print(config.defaults())
print(list(config), config["DEFAULT"], config["paths"])
for name, section in config.items():
    print(name, section.name, len(section))
print(config.has_section("paths"), config.has_option("paths", "HOME"), config.has_option("paths", "compression"))
for call in (lambda: config.get("missing", "x"), lambda: config.get("paths", "missing"),
             lambda: config["missing"], lambda: config.getboolean("paths", "home"),
             lambda: config.add_section("paths"), lambda: config.add_section("DEFAULT"),
             lambda: config.read_string("[a]\nx=1\n[a]\n"), lambda: config.read_string("x = 1\n"),
             lambda: config.read_string("[b]\ny=1\ny=2\n"), lambda: config.read_string("[c]\nnovalue\n=x\n"),
             lambda: config.set("paths", "n", 5)):
    try:
        call()
    except Exception as exc:
        print(type(exc).__name__, exc)
bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(b)s\nc = 50%\n")
for opt in ("a", "c"):
    try:
        bad.get("s", opt)
    except configparser.Error as exc:
        print(type(exc).__name__, exc)
new = configparser.ConfigParser()
new["DEFAULT"] = {"level": "INFO", "retries": 3}
new["server"] = {"host": "localhost", "port": "8080"}
new.add_section("client")
new.set("client", "timeout", "10")
new["client"]["multi"] = "a\nb"
out = io.StringIO()
new.write(out)
print(out.getvalue(), end="")
new.write(out2 := io.StringIO(), space_around_delimiters=False)
print(out2.getvalue(), end="")
with open("settings.ini", "w") as f:
    new.write(f)
again = configparser.ConfigParser()
print(again.read(["settings.ini", "missing.ini"]), again.sections(), again["server"]["port"])
import os
os.remove("settings.ini")
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[common]\nroot = /srv\n[app]\npath = ${common:root}/app\nlog = ${path}/log\ncost = $$5\n")
print(ext["app"]["log"], ext["app"]["cost"])
raw = configparser.RawConfigParser()
raw.read_string("[r]\nfmt = %(asctime)s %(message)s\n")
print(raw.get("r", "fmt"))
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nskip-external-locking\nport = 3306\n")
print(nv.get("mysqld", "skip-external-locking"), nv.items("mysqld"))
d = configparser.ConfigParser(defaults={"a": "1"})
d.read_dict({"x": {"b": 2}})
print(d.items("x"), d["x"]["a"])
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
