# uuid: request ids for tasks; name-based ids (uuid3/uuid5) are the same everywhere, random ones
# are checked by their form only (CPython's come from os.urandom).
import asyncio
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.bytes, u.bytes_le)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(bytes=u.bytes) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, str(uuid.UUID(int=0)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"),
      uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/a"), uuid.NAMESPACE_OID)
a, b = uuid.uuid4(), uuid.uuid4()
print(a.version, a.variant, len(str(a)), a != b, str(a)[14], uuid.uuid1().version, uuid.uuid1().variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), {u: 1}[uuid.UUID(str(u))], uuid.UUID(int=5, version=4))
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"1")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)


async def handle(request_id):
    await asyncio.sleep(0.01)
    return request_id.version


async def main():
    ids = [uuid.uuid4() for _ in range(5)]
    print(await asyncio.gather(*(handle(i) for i in ids)), len(set(ids)))


asyncio.run(main())
