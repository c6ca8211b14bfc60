# ipaddress as scanners and config code use it: IPv4 addresses, networks and interfaces (hosts,
# subnets, membership, the is_* tables, CPython's errors) and IPv6 addresses (parsing, compression).
import ipaddress as i
n = i.ip_network('192.168.1.0/29')
print(repr(n), n, list(n.hosts()), n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, n.network_address, n.prefixlen)
a = i.ip_address('10.0.0.1'); print(repr(a), a.is_private, a.is_global, a.is_loopback, int(a), a + 1, a.reverse_pointer, a.packed, a.version, a.exploded)
print(list(n.subnets(prefixlen_diff=1)), n.supernet(), i.ip_address('192.168.1.3') in n, n.overlaps(i.ip_network('192.168.1.4/30')))
print(repr(i.ip_interface('192.168.1.5/24')), i.ip_interface('192.168.1.5/24').network, i.ip_interface('192.168.1.5/24').ip)
for bad in ['256.1.1.1', '1.2.3', '192.168.1.1/24', 'hello', '01.2.3.4', '1.2.3.4/33', '10.0.0.0/255.255.0.0']:
    try:
        print(i.ip_network(bad) if '/' in bad else i.ip_address(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.x', '']:
    try:
        i.IPv4Address(bad)
    except i.AddressValueError as e:
        print("AddressValueError", e)
print(sorted([i.ip_address('10.0.0.2'), i.ip_address('10.0.0.1')]), i.ip_address('127.0.0.1').is_loopback, i.ip_network('10.0.0.0/8', strict=False))
print(i.IPv4Address(3232235777), i.ip_network('192.168.1.1/24', strict=False), i.ip_network('10.1.0.0/255.255.0.0'))
for s in ['8.8.8.8', '100.64.1.1', '172.16.5.4', '224.0.0.1', '169.254.1.1', '0.0.0.0', '255.255.255.255']:
    x = i.ip_address(s); print(s, x.is_private, x.is_global, x.is_multicast, x.is_link_local, x.is_unspecified, x.is_reserved)
for s in ['::1', '2001:db8::1', 'fe80::1', '::', '2001:0db8:0000:0000:0000:ff00:0042:8329', '1:0:0:2:0:0:0:3', '::ffff:192.0.2.1', 'fd00::5']:
    x = i.ip_address(s); print(repr(x), x.exploded, x.is_loopback, x.is_private, x.is_link_local, x.version)
net = i.ip_network('192.168.0.0/24')
print(len(list(net.subnets(new_prefix=26))), net[1], net[-1], i.ip_network('10.0.0.0/30').with_netmask, f"{a:>12s}|")
print(i.ip_address('10.0.0.1') == i.ip_address('10.0.0.1'), {i.ip_address('1.1.1.1'): 1}[i.ip_address('1.1.1.1')])
print(format(a, "x"), format(a, "#b"), format(a, "_X"), format(a, "n"), format(i.ip_address("::1"), "#_x"))
try:
    format(a, ">12")
except TypeError as e:
    print("TypeError:", e)
scan = [str(host) for host in i.ip_network("10.0.0.0/29").hosts() if int(host) % 2]
print(scan)
