# Files as scripts use them: json.dump/load, print(file=), logging.FileHandler and basicConfig(filename=),
# Path(__file__).
import json, logging, os, tempfile
from pathlib import Path
SCRIPT = Path(__file__).resolve()  # before leaving the script's directory
os.chdir(tempfile.mkdtemp())
data = {"name": "x", "items": [1, 2, 3]}
with open("data.json", "w") as f:
    json.dump(data, f, indent=2)
with open("data.json") as f:
    print(json.load(f))
print(Path("data.json").read_text())
print(SCRIPT.name, SCRIPT.suffix, SCRIPT.exists(), SCRIPT.read_text().splitlines()[0])
lines = ["a", "b"]
with open("out.txt", "w") as f:
    print(*lines, sep="\n", file=f)
print(open("out.txt").read().split())
handler = logging.FileHandler("app.log")
logger = logging.getLogger("app")
logger.addHandler(handler)
logger.warning("to the file")
handler.close()
print(open("app.log").read(), end="")
with open("out.txt") as f:
    print(next(f), f.readable(), f.name)
print(os.path.exists("out.txt"), os.stat("out.txt").st_size, sorted(os.listdir()))
logging.basicConfig(filename="basic.log", level=logging.INFO, format="%(levelname)s:%(message)s")
logging.info("through basicConfig")
logging.getLogger().handlers[0].close()
print(open("basic.log").read(), end="")
print(repr(logging.FileHandler("x.log", delay=True)).endswith("x.log (NOTSET)>"), os.path.exists("x.log"))
