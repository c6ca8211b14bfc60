# __future__: typed asyncio code starts with `from __future__ import annotations`.
from __future__ import annotations

import __future__
import asyncio


async def fetch(delay: float) -> dict[str, float]:
    await asyncio.sleep(delay)
    return {"delay": delay}


print(asyncio.run(fetch(0.5)), __future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names[-1], __future__.division.getOptionalRelease(), __future__.CO_FUTURE_ANNOTATIONS)
