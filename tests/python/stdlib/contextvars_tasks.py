# contextvars: ContextVar get/set/reset, Token, copy_context, Context.run, tasks and callbacks
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

print(request_id.name, request_id.get())
try:
    user.get()
except LookupError:
    print("LookupError for user")
print(user.get("fallback"))
tok = user.set("alice")
print(tok.var is user, tok.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
print(user.get())
tok2 = user.set("bob")
print(tok2.old_value)
user.reset(tok2)
print(user.get())
try:
    user.reset(tok2)
except RuntimeError:
    print("RuntimeError: token used twice")

ctx = contextvars.copy_context()
print(ctx[user], user in ctx, len(ctx), sorted(v.name for v in ctx))
print(ctx.get(request_id, "no"), list(ctx.items())[0][1])


def change(value):
    user.set(value)
    return user.get()


print(ctx.run(change, "carol"), user.get(), ctx[user])
try:
    ctx.run(ctx.run, print, "nested")
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context"))


async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print(f"handler {n} sees {request_id.get()} user={user.get()}")
    return request_id.get()


def callback(tag):
    print("callback", tag, request_id.get(), user.get(None))


async def main():
    user.set("main-user")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request_id.get())
    loop = asyncio.get_running_loop()
    request_id.set("at-schedule")
    loop.call_soon(callback, "soon")
    other = contextvars.Context()
    loop.call_later(0.01, callback, "later-empty", context=other)
    request_id.set("after-schedule")
    await asyncio.sleep(0.02)
    t = asyncio.create_task(handler(5), context=ctx)
    await t
    print("ctx after task", ctx[request_id], ctx[user])
    fut = loop.create_future()
    request_id.set("cb-context")
    fut.add_done_callback(lambda f: print("done cb", request_id.get(), f.result()))
    request_id.set("later")
    fut.set_result(7)
    await asyncio.sleep(0)


asyncio.run(main())
print(user.get(), request_id.get())
