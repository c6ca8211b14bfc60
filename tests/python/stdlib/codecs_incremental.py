# codecs' incremental decoders and encoders: a UTF-8 character split between two chunks (a
# stream read in pieces) waits for its end; iterdecode/iterencode; the error at a final cut.
import asyncio
import codecs


async def chunks(data, size):
    for i in range(0, len(data), size):
        await asyncio.sleep(0)
        yield data[i:i + size]


async def main():
    data = "héllo wörld €uro ✓".encode()
    for size in (1, 2, 3, 5):
        decoder = codecs.getincrementaldecoder("utf-8")()
        parts = [decoder.decode(c) async for c in chunks(data, size)]
        parts.append(decoder.decode(b"", final=True))
        print(size, parts if size == 3 else "".join(parts))
    print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!", b"a"], "utf-8")))
    print(list(codecs.iterencode(["a", "é"], "utf-8")), list(codecs.iterdecode([b"\xe9t\xe9"], "latin-1")))
    enc = codecs.getincrementalencoder("utf-8")()
    print(enc.encode("€"), enc.encode("", final=True))
    d = codecs.getincrementaldecoder("utf-8")(errors="replace")
    print(repr(d.decode(b"ab\xe2\x82")), repr(d.decode(b"", final=True)))
    d = codecs.getincrementaldecoder("utf-8")()
    d.decode(b"\xf0\x9f")
    try:
        d.decode(b"", final=True)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    d.reset()
    print(repr(d.decode(b"ok")), d.getstate())


asyncio.run(main())
