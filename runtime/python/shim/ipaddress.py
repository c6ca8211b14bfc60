# ipaddress for Loopscope's MicroPython, after CPython 3.11's: IPv4Address, IPv4Network and
# IPv4Interface (parsing with CPython's errors, arithmetic, comparison, hosts(), subnets(),
# supernet(), membership, overlaps, the is_* properties on 3.11's tables) and ip_address,
# ip_network, ip_interface. IPv6 addresses parse and print (compression as CPython's, the common
# is_* properties); IPv6 networks and interfaces are not available here and say so.

__all__ = [
    "IPv4Address", "IPv4Network", "IPv4Interface", "IPv6Address", "ip_address", "ip_network",
    "ip_interface", "AddressValueError", "NetmaskValueError", "IPV4LENGTH", "IPV6LENGTH",
]

IPV4LENGTH = 32
IPV6LENGTH = 128
_ALL4 = (1 << 32) - 1


class AddressValueError(ValueError):
    pass


class NetmaskValueError(ValueError):
    pass


def _parse_octet(text, address):
    if not text:
        raise AddressValueError("Empty octet not permitted in %r" % address)
    if not text.isdigit() or not text.isascii():
        raise AddressValueError("Only decimal digits permitted in %r in %r" % (text, address))
    if len(text) > 3:
        raise AddressValueError("At most 3 characters permitted in %r in %r" % (text, address))
    if text != "0" and text[0] == "0":
        raise AddressValueError("Leading zeros are not permitted in %r in %r" % (text, address))
    value = int(text, 10)
    if value > 255:
        raise AddressValueError("Octet %d (> 255) not permitted in %r" % (value, address))
    return value


def _ip4_int(address):
    if not address:
        raise AddressValueError("Address cannot be empty")
    octets = address.split(".")
    if len(octets) != 4:
        raise AddressValueError("Expected 4 octets in %r" % address)
    value = 0
    for octet in octets:
        value = (value << 8) | _parse_octet(octet, address)
    return value


def _count(start, stop, step=1):
    # range() over addresses: range() takes machine words only, 31 bits in wasm (192.168.x.x is
    # past 2**31)
    while start < stop:
        yield start
        start += step


def _ip4_str(value):
    return ".".join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


class _BaseAddress:
    __slots__ = ("_ip",)

    @classmethod
    def _from(cls, address, parse):
        # the address as an int, from an int, packed bytes or text (`parse`), with CPython's errors
        bits = cls.max_prefixlen
        if isinstance(address, int) and not isinstance(address, bool):
            if address < 0:
                raise AddressValueError("%d (< 0) is not permitted as an IPv%d address" % (address, cls.version))
            if address >> bits:
                raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                        % (address, bits, cls.version))
            return address
        if isinstance(address, bytes):
            if len(address) != bits // 8:
                raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                        % (address, len(address), bits // 8, cls.version))
            return int.from_bytes(address, "big")
        text = str(address)
        if "/" in text:
            raise AddressValueError("Unexpected '/' in %r" % address)
        return parse(text)

    def _in_table(self, table):
        # table: (network, prefix length) pairs
        shift_bits = self.max_prefixlen
        for network, prefix in table:
            if self._ip >> (shift_bits - prefix) == network >> (shift_bits - prefix):
                return True
        return False

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __hash__(self):
        return hash(hex(self._ip))

    def __eq__(self, other):
        return type(other) is type(self) and other._ip == self._ip

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self.version != other.version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        return self._ip < other._ip

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return self == other or self > other

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip - other)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __format__(self, spec):
        # CPython's: a string spec ("", "s", ">15s"), or [#][_](x|X|b|n): the number, zero-padded to
        # the address's width ("n": binary for IPv4, hex for IPv6)
        if not spec or spec[-1] == "s":
            return format(str(self), spec)
        rest = spec
        alternate = rest.startswith("#")
        rest = rest[1:] if alternate else rest
        grouping = rest.startswith("_")
        rest = rest[1:] if grouping else rest
        if rest not in ("x", "X", "b", "n"):
            raise TypeError("unsupported format string passed to %s.__format__" % type(self).__name__)
        base = rest if rest != "n" else ("b" if self.version == 4 else "x")
        ndigits = self.max_prefixlen if base == "b" else self.max_prefixlen // 4
        digits = format(int(self), base)
        digits = "0" * (ndigits - len(digits)) + digits
        if grouping:
            digits = "_".join(digits[k:k + 4] for k in range(0, len(digits), 4))
        if alternate:
            digits = "0" + ("B" if base == "B" else "b" if base == "b" else base) + digits
        return digits


class IPv4Address(_BaseAddress):
    __slots__ = ()
    version = 4
    max_prefixlen = IPV4LENGTH

    def __init__(self, address):
        self._ip = self._from(address, _ip4_int)

    def __str__(self):
        return _ip4_str(self._ip)

    @property
    def packed(self):
        return self._ip.to_bytes(4, "big")

    @property
    def exploded(self):
        return str(self)

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"

    @property
    def is_private(self):
        return self._in_table(_PRIVATE4)

    @property
    def is_global(self):
        return not self._in_table(_SHARED4) and not self.is_private

    @property
    def is_loopback(self):
        return self._in_table(_LOOPBACK4)

    @property
    def is_multicast(self):
        return self._in_table(_MULTICAST4)

    @property
    def is_reserved(self):
        return self._in_table(_RESERVED4)

    @property
    def is_link_local(self):
        return self._in_table(_LINK_LOCAL4)

    @property
    def is_unspecified(self):
        return self._ip == 0


def _table(parse, *networks):
    return [(parse(address), int(prefix)) for address, prefix in (n.split("/") for n in networks)]


# CPython 3.11's tables, as (network, prefix length)
_PRIVATE4 = _table(_ip4_int, "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                   "192.0.0.0/29", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
                   "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32")
_SHARED4 = _table(_ip4_int, "100.64.0.0/10")
_LOOPBACK4 = _table(_ip4_int, "127.0.0.0/8")
_MULTICAST4 = _table(_ip4_int, "224.0.0.0/4")
_RESERVED4 = _table(_ip4_int, "240.0.0.0/4")
_LINK_LOCAL4 = _table(_ip4_int, "169.254.0.0/16")


def _prefix_from_text(text, address):
    # a prefix length, a netmask or a hostmask, as CPython's _make_netmask
    if text.isdigit() and text.isascii():
        prefix = int(text)
        if 0 <= prefix <= 32 and (text == "0" or text[0] != "0"):
            return prefix
        raise NetmaskValueError("%r is not a valid netmask" % text)
    try:
        mask = _ip4_int(text)
    except AddressValueError:
        raise NetmaskValueError("%r is not a valid netmask" % text) from None
    for candidate in (mask, mask ^ _ALL4):
        ones = bin(candidate).count("1")
        if candidate == (_ALL4 << (32 - ones)) & _ALL4:
            return ones
    raise NetmaskValueError("%r is not a valid netmask" % text)


class IPv4Network:
    version = 4
    max_prefixlen = IPV4LENGTH

    def __init__(self, address, strict=True):
        if isinstance(address, tuple):
            addr, prefix = address
            ip = IPv4Address(addr)._ip
            prefix = _prefix_from_text(str(prefix), address)
        elif isinstance(address, (int, bytes)):
            ip, prefix = IPv4Address(address)._ip, 32
        else:
            text = str(address)
            parts = text.split("/")
            if len(parts) > 2:
                raise AddressValueError("Only one '/' permitted in %r" % text)
            ip = _ip4_int(parts[0])
            prefix = _prefix_from_text(parts[1], text) if len(parts) == 2 else 32
        self._prefixlen = prefix
        mask = (_ALL4 << (32 - prefix)) & _ALL4
        if ip & ~mask & _ALL4:
            if strict:
                raise ValueError("%s has host bits set" % address)
            ip &= mask
        self._ip = ip
        self._mask = mask

    @property
    def network_address(self):
        return IPv4Address(self._ip)

    @property
    def broadcast_address(self):
        return IPv4Address(self._ip | (~self._mask & _ALL4))

    @property
    def netmask(self):
        return IPv4Address(self._mask)

    @property
    def hostmask(self):
        return IPv4Address(~self._mask & _ALL4)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def num_addresses(self):
        return 1 << (32 - self._prefixlen)

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self.network_address, self.hostmask)

    @property
    def exploded(self):
        return self.with_prefixlen

    compressed = exploded

    def __str__(self):
        return self.with_prefixlen

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __hash__(self):
        return hash((self._ip, self._mask))

    def __eq__(self, other):
        return isinstance(other, IPv4Network) and (self._ip, self._prefixlen) == (other._ip, other._prefixlen)

    def __lt__(self, other):
        if not isinstance(other, IPv4Network):
            return NotImplemented
        return (self._ip, self._mask) < (other._ip, other._mask)

    def __gt__(self, other):
        if not isinstance(other, IPv4Network):
            return NotImplemented
        return other < self

    def __contains__(self, other):
        if isinstance(other, IPv4Network) or not isinstance(other, IPv4Address):
            return False
        return other._ip & self._mask == self._ip

    def __len__(self):
        return self.num_addresses

    def __iter__(self):
        for ip in _count(self._ip, self._ip + self.num_addresses):
            yield IPv4Address(ip)

    def __getitem__(self, n):
        count = self.num_addresses
        if n < 0:
            n += count
        if n < 0 or n >= count:
            raise IndexError("address out of range")
        return IPv4Address(self._ip + n)

    def hosts(self):
        if self._prefixlen == 32:
            return iter([IPv4Address(self._ip)])
        if self._prefixlen == 31:
            return iter([IPv4Address(self._ip), IPv4Address(self._ip + 1)])
        return (IPv4Address(ip) for ip in _count(self._ip + 1, self._ip + self.num_addresses - 1))

    def overlaps(self, other):
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    def subnet_of(self, other):
        return self._prefixlen >= other._prefixlen and self.network_address in other

    def supernet_of(self, other):
        return other.subnet_of(self)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 32:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new = self._prefixlen + prefixlen_diff
        if new > 32:
            raise ValueError("prefix length diff %d is invalid for netblock %s" % (new, self))
        step = 1 << (32 - new)
        for ip in _count(self._ip, self._ip + self.num_addresses, step):
            yield IPv4Network((ip, new))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError("current prefixlen is %d, cannot have a prefixlen_diff of %d"
                             % (self._prefixlen, prefixlen_diff))
        return IPv4Network((self._ip, new), strict=False)

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast


class IPv4Interface(IPv4Address):
    __slots__ = ("network", "_prefixlen")

    def __init__(self, address):
        text = str(address)
        addr = text.split("/")[0]
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network(text, strict=False)
        self._prefixlen = self.network.prefixlen

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self.ip, self._prefixlen)

    def __str__(self):
        return self.with_prefixlen

    def __eq__(self, other):
        return isinstance(other, IPv4Interface) and (self._ip, self.network) == (other._ip, other.network)

    def __hash__(self):
        return hash((self._ip, self._prefixlen))


def _ip6_int(address):
    text = str(address)
    if not text:
        raise AddressValueError("Address cannot be empty")
    if "/" in text:
        raise AddressValueError("Unexpected '/' in %r" % address)
    if "%" in text:
        text = text.split("%")[0]
    parts = text.split(":")
    if len(parts) < 3:
        raise AddressValueError("At least 3 parts expected in %r" % text)
    tail = []
    if "." in parts[-1]:
        v4 = _ip4_int(parts.pop())
        tail = ["%x" % (v4 >> 16), "%x" % (v4 & 0xFFFF)]
    parts += tail
    if len(parts) > 8:
        raise AddressValueError("At most 8 colons permitted in %r" % text)
    skip = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(skip) > 1:
        raise AddressValueError("At most one '::' permitted in %r" % text)
    if skip:
        head, rest = parts[:skip[0]], parts[skip[0] + 1:]
        if head == [""]:
            head = []
        if rest == [""]:
            rest = []
        missing = 8 - len(head) - len(rest)
        if missing < 1:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % text)
        parts = head + ["0"] * missing + rest
    elif len(parts) != 8:
        raise AddressValueError("Exactly 8 parts expected without '::' in %r" % text)
    value = 0
    for part in parts:
        if not part or len(part) > 4 or any(c not in "0123456789abcdefABCDEF" for c in part):
            raise AddressValueError("At most 4 characters permitted in %r in %r" % (part, text)
                                    if len(part) > 4 else "Only hex digits permitted in %r in %r" % (part, text))
        value = (value << 16) | int(part, 16)
    return value


class IPv6Address(_BaseAddress):
    __slots__ = ()
    version = 6
    max_prefixlen = IPV6LENGTH

    def __init__(self, address):
        self._ip = self._from(address, _ip6_int)

    def _hextets(self):
        return ["%x" % ((self._ip >> (112 - 16 * i)) & 0xFFFF) for i in range(8)]

    def __str__(self):
        # the longest run (2 or more) of zero groups, the first of equals, becomes "::"
        hextets = self._hextets()
        best, best_len, start = -1, 0, -1
        for i, h in enumerate(hextets + ["end"]):
            if h == "0":
                if start < 0:
                    start = i
            elif start >= 0:
                if i - start > best_len:
                    best, best_len = start, i - start
                start = -1
        if best_len > 1:
            hextets[best:best + best_len] = [""]
            if best == 0:
                hextets.insert(0, "")
            if best + best_len == 8:
                hextets.append("")
        return ":".join(hextets)

    @property
    def exploded(self):
        return ":".join("%04x" % ((self._ip >> (112 - 16 * i)) & 0xFFFF) for i in range(8))

    @property
    def compressed(self):
        return str(self)

    @property
    def packed(self):
        return self._ip.to_bytes(16, "big")

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_multicast(self):
        return self._ip >> 120 == 0xFF

    @property
    def is_link_local(self):
        return self._ip >> 118 == 0xFE80 >> 6

    @property
    def is_private(self):
        return self._in_table(_PRIVATE6)

    @property
    def is_global(self):
        return not self.is_private


_PRIVATE6 = _table(_ip6_int, "::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:2::/48",
                   "2001:db8::/32", "2001:10::/28", "fc00::/7", "fe80::/10")


def _ipv6_networks_unavailable(kind):
    raise NotImplementedError(
        "IPv6 %s are not available in Loopscope's ipaddress (IPv4 networks and IPv6 addresses are)" % kind)


def ip_address(address):
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % address)


def ip_network(address, strict=True):
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    if isinstance(address, str) and ":" in address:
        _ipv6_networks_unavailable("networks")
    raise ValueError("%r does not appear to be an IPv4 or IPv6 network" % address)


def ip_interface(address):
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    if isinstance(address, str) and ":" in address:
        _ipv6_networks_unavailable("interfaces")
    raise ValueError("%r does not appear to be an IPv4 or IPv6 interface" % address)
