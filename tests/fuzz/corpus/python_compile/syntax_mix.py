async def f():
    async with a as b, c:
        async for x in y:
            yield [*x, *{**d}]
    try:
        pass
    except* ValueError as e:
        raise e from None
lambda *a, k=1, **kw: (yield)
f"{x!r:>{w}}" b"\x00" 0x_1 1_000.5e-3j
