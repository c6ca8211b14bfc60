# ssl for Loopscope's MicroPython: the names scripts use to ask for TLS (create_default_context,
# SSLContext and its settings, the protocol, verify-mode and Purpose constants, the errors). The
# run's networks are simulated and carry a TLS connection as a plain one, so a context is accepted
# wherever CPython takes one (open_connection(..., ssl=ctx), aiohttp's ssl=) and nothing is
# encrypted or verified; wrapping a socket yourself (SSLContext.wrap_socket) is not available.

__all__ = [
    "SSLContext", "create_default_context", "Purpose", "SSLError", "SSLCertVerificationError",
    "CertificateError", "SSLZeroReturnError", "CERT_NONE", "CERT_OPTIONAL", "CERT_REQUIRED",
    "PROTOCOL_TLS", "PROTOCOL_TLS_CLIENT", "PROTOCOL_TLS_SERVER", "OPENSSL_VERSION", "HAS_SNI",
    "TLSVersion",
]

import enum

OPENSSL_VERSION = "OpenSSL 3.0.11 19 Sep 2023 (simulated by Loopscope: nothing is encrypted)"
OPENSSL_VERSION_INFO = (3, 0, 0, 11, 0)
HAS_SNI = True


class VerifyMode(enum.IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


CERT_NONE = VerifyMode.CERT_NONE
CERT_OPTIONAL = VerifyMode.CERT_OPTIONAL
CERT_REQUIRED = VerifyMode.CERT_REQUIRED


class _SSLMethod(enum.IntEnum):
    PROTOCOL_TLS = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17


PROTOCOL_TLS = _SSLMethod.PROTOCOL_TLS
PROTOCOL_TLS_CLIENT = _SSLMethod.PROTOCOL_TLS_CLIENT
PROTOCOL_TLS_SERVER = _SSLMethod.PROTOCOL_TLS_SERVER


class TLSVersion(enum.IntEnum):
    MINIMUM_SUPPORTED = -2
    MAXIMUM_SUPPORTED = -1
    TLSv1_2 = 771
    TLSv1_3 = 772


class _ASN1Object:
    def __init__(self, nid, shortname, longname, oid):
        self.nid, self.shortname, self.longname, self.oid = nid, shortname, longname, oid

    def __repr__(self):
        return "_ASN1Object(nid=%d, shortname=%r, longname=%r, oid=%r)" % (
            self.nid, self.shortname, self.longname, self.oid)


class _PurposeMember(_ASN1Object):
    # prints as CPython's Purpose enum members do
    def __init__(self, name, *fields):
        super().__init__(*fields)
        self.name = name
        self.value = _ASN1Object(*fields)

    def __str__(self):
        return "Purpose." + self.name

    def __repr__(self):
        return "<Purpose.%s: %r>" % (self.name, self.value)


class Purpose:
    SERVER_AUTH = _PurposeMember("SERVER_AUTH", 129, "serverAuth", "TLS Web Server Authentication",
                                 "1.3.6.1.5.5.7.3.1")
    CLIENT_AUTH = _PurposeMember("CLIENT_AUTH", 130, "clientAuth", "TLS Web Client Authentication",
                                 "1.3.6.1.5.5.7.3.2")


class SSLError(OSError):
    pass


class SSLZeroReturnError(SSLError):
    pass


# (CPython's also derives from ValueError; two built-in exception bases cannot be combined here)
class SSLCertVerificationError(SSLError):
    pass


CertificateError = SSLCertVerificationError


class SSLContext:
    def __init__(self, protocol=None):
        if protocol is None:
            protocol = PROTOCOL_TLS
        self.protocol = _SSLMethod(protocol)
        client = self.protocol == PROTOCOL_TLS_CLIENT
        self.check_hostname = client
        self.verify_mode = CERT_REQUIRED if client else CERT_NONE
        self.minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self._ciphers = None
        self._alpn = []

    def __setattr__(self, name, value):
        if name == "verify_mode":
            value = VerifyMode(value)
            if value == CERT_NONE and getattr(self, "check_hostname", False):
                raise ValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.")
        if name == "check_hostname" and value and getattr(self, "verify_mode", CERT_REQUIRED) == CERT_NONE:
            object.__setattr__(self, "verify_mode", CERT_REQUIRED)
        object.__setattr__(self, name, value)

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        pass  # the simulated hosts need no trust store

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        raise NotImplementedError(
            "TLS servers are not available in Loopscope: the simulated network has no certificates "
            "(serve plain TCP instead)")

    def set_default_verify_paths(self):
        pass

    def set_ciphers(self, ciphers):
        self._ciphers = ciphers

    def set_alpn_protocols(self, protocols):
        self._alpn = list(protocols)

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,
                    suppress_ragged_eofs=True, server_hostname=None, session=None):
        raise NotImplementedError(
            "SSLContext.wrap_socket is not available in Loopscope: pass the context to "
            "asyncio.open_connection(..., ssl=context) instead")


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None, cadata=None):
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    if purpose is Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
    else:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    return context
