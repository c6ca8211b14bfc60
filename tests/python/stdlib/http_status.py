# http: HTTPStatus members (value, phrase, description), reprs, lookups, and HTTPMethod
from http import HTTPMethod, HTTPStatus

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK.value, HTTPStatus.OK.phrase)
print(HTTPStatus.NOT_FOUND.description)
print(HTTPStatus(404), repr(HTTPStatus(418)), HTTPStatus(418).phrase)
print(HTTPStatus["INTERNAL_SERVER_ERROR"].value, HTTPStatus.INTERNAL_SERVER_ERROR.name)
print(HTTPStatus.OK == 200, HTTPStatus.CREATED + 1, HTTPStatus.OK < HTTPStatus.NOT_FOUND)
print(f"{HTTPStatus.OK}", "%d" % HTTPStatus.OK, int(HTTPStatus.NO_CONTENT))
print(len(HTTPStatus), list(HTTPStatus)[:3])
print([s.value for s in HTTPStatus if s >= 300 and s < 400])
print(HTTPStatus.TOO_MANY_REQUESTS.phrase, "|", HTTPStatus.TOO_MANY_REQUESTS.description)
print(HTTPStatus.IM_A_TEAPOT.description, HTTPStatus.UNPROCESSABLE_ENTITY.phrase)
try:
    HTTPStatus(999)
except ValueError as e:
    print("ValueError:", e)
codes = {HTTPStatus.OK: "fine", HTTPStatus.NOT_FOUND: "missing"}
print(codes[200], codes[HTTPStatus(404)])
for status in (HTTPStatus.OK, HTTPStatus.MOVED_PERMANENTLY, HTTPStatus.BAD_REQUEST, HTTPStatus.SERVICE_UNAVAILABLE):
    print(status.value, status.phrase, status.description, sep=" | ")
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.PATCH.description, HTTPMethod("DELETE").name)
print(sorted(m.value for m in HTTPMethod))
print(isinstance(HTTPStatus.OK, int), type(HTTPStatus.OK))
