# zlib for Loopscope's MicroPython, in Python: crc32, adler32, compress/decompress,
# compressobj/decompressobj, CPython 3.11's constants and zlib.error texts ("Error -3 while
# decompressing data: incorrect header check"). The compressor follows zlib 1.2.13's deflate
# (CPython's library on the conformance machine) step for step: the same hash chains, lazy
# matching, block ends and Huffman trees, so compress() gives zlib's bytes for every level with
# the default strategy (other strategies compress as the default one). Level 0's stored blocks
# are cut at 65535 bytes, not where zlib's output buffer would cut them. Slow next to C: meant
# for the kilobytes a script compresses.

__all__ = ["compress", "decompress", "compressobj", "decompressobj", "crc32", "adler32", "error"]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


try:
    error.__module__ = "zlib"
except (AttributeError, TypeError):
    pass

_CRC_TABLE = None


def _crc_table():
    global _CRC_TABLE
    if _CRC_TABLE is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
            table.append(c)
        _CRC_TABLE = table
    return _CRC_TABLE


def _bytes_like(data, what="a bytes-like object"):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def crc32(data, value=0):
    data = _bytes_like(data)
    table = _crc_table()
    c = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def adler32(data, value=1):
    data = _bytes_like(data)
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    n = len(data)
    i = 0
    while i < n:
        end = min(n, i + 3800)
        for k in range(i, end):
            a += data[k]
            b += a
        a %= 65521
        b %= 65521
        i = end
    return (b << 16) | a


# -- the static tables of trees.c

_EXTRA_LBITS = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
_EXTRA_DBITS = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
                13, 13)
_EXTRA_BLBITS = (0,) * 16 + (2, 3, 7)
_BL_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)
_L_CODES = 286
_D_CODES = 30
_BL_CODES = 19
_HEAP_SIZE = 2 * _L_CODES + 1
_MAX_BITS = 15
_END_BLOCK = 256
_MIN_MATCH = 3
_MAX_MATCH = 258
_MIN_LOOKAHEAD = _MAX_MATCH + _MIN_MATCH + 1
_TOO_FAR = 4096

_TABLES = None


def _reverse(code, length):
    res = 0
    for _ in range(length):
        res = (res << 1) | (code & 1)
        code >>= 1
    return res


def _gen_codes(lens, max_code, bl_count):
    next_code = [0] * (_MAX_BITS + 1)
    code = 0
    for bits in range(1, _MAX_BITS + 1):
        code = (code + bl_count[bits - 1]) << 1
        next_code[bits] = code
    codes = [0] * len(lens)
    for n in range(max_code + 1):
        ln = lens[n]
        if ln == 0:
            continue
        codes[n] = _reverse(next_code[ln], ln)
        next_code[ln] += 1
    return codes


def _tables():
    global _TABLES
    if _TABLES is None:
        base_length = [0] * 29
        length_code = [0] * 256
        length = 0
        for code in range(28):
            base_length[code] = length
            for _ in range(1 << _EXTRA_LBITS[code]):
                length_code[length] = code
                length += 1
        length_code[255] = 28
        base_dist = [0] * 30
        dist = 0
        for code in range(30):
            base_dist[code] = dist
            dist += 1 << _EXTRA_DBITS[code]
        dist_code = [0] * 512
        dist = 0
        for code in range(16):
            for _ in range(1 << _EXTRA_DBITS[code]):
                dist_code[dist] = code
                dist += 1
        dist >>= 7
        for code in range(16, 30):
            for _ in range(1 << (_EXTRA_DBITS[code] - 7)):
                dist_code[256 + dist] = code
                dist += 1
        slens = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
        bl_count = [0] * (_MAX_BITS + 1)
        for ln in slens:
            bl_count[ln] += 1
        scodes = _gen_codes(slens, 287, bl_count)
        dlens = [5] * _D_CODES
        dcodes = [_reverse(n, 5) for n in range(_D_CODES)]
        _TABLES = (base_length, length_code, base_dist, dist_code, slens, scodes, dlens, dcodes)
    return _TABLES


class _Tree:
    # One tree of trees.c: freq (Freq/Code share a field there: kept apart here), dl (Dad/Len).
    def __init__(self, size, static_lens, extra, extra_base, elems, max_length):
        self.freq = [0] * size
        self.dl = [0] * size
        self.code = [0] * size
        self.static_lens = static_lens
        self.extra = extra
        self.extra_base = extra_base
        self.elems = elems
        self.max_length = max_length
        self.max_code = 0


class _BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.bitbuf = 0
        self.bitcount = 0

    def send(self, value, length):
        self.bitbuf |= value << self.bitcount
        self.bitcount += length
        while self.bitcount >= 8:
            self.out.append(self.bitbuf & 0xFF)
            self.bitbuf >>= 8
            self.bitcount -= 8

    def windup(self):
        if self.bitcount > 0:
            self.out.append(self.bitbuf & 0xFF)
        self.bitbuf = 0
        self.bitcount = 0

    def take(self):
        data = bytes(self.out)
        self.out = bytearray()
        return data


# level: (good_length, max_lazy, nice_length, max_chain, slow?)
_CONFIG = (
    (0, 0, 0, 0, 0),
    (4, 4, 8, 4, 0),
    (4, 5, 16, 8, 0),
    (4, 6, 32, 32, 0),
    (4, 4, 16, 16, 1),
    (8, 16, 32, 32, 1),
    (8, 16, 128, 128, 1),
    (8, 32, 128, 256, 1),
    (32, 128, 258, 1024, 1),
    (32, 258, 258, 4096, 1),
)


class _Deflater:
    def __init__(self, level, wbits, memlevel, strategy):
        if level == -1:
            level = 6
        self.level = level
        self.strategy = strategy
        if wbits > 15:
            self.wrap = 2
            wbits -= 16
        elif wbits < 0:
            self.wrap = 0
            wbits = -wbits
        else:
            self.wrap = 1
        if wbits == 8:
            wbits = 9
        self.w_bits = wbits
        self.w_size = 1 << wbits
        self.w_mask = self.w_size - 1
        self.window_size = 2 * self.w_size
        self.window = bytearray(self.window_size)
        self.hash_bits = memlevel + 7
        self.hash_size = 1 << self.hash_bits
        self.hash_mask = self.hash_size - 1
        self.hash_shift = (self.hash_bits + _MIN_MATCH - 1) // _MIN_MATCH
        self.head = [0] * self.hash_size
        self.prev = [0] * self.w_size
        self.lit_bufsize = 1 << (memlevel + 6)
        self.sym_end = self.lit_bufsize - 1
        self.high_water = 0
        good, lazy, nice, chain, slow = _CONFIG[level]
        self.good_match = good
        self.max_lazy_match = lazy
        self.nice_match = nice
        self.max_chain_length = chain
        self.slow = slow
        self.strstart = 0
        self.block_start = 0
        self.lookahead = 0
        self.insert = 0
        self.match_length = self.prev_length = _MIN_MATCH - 1
        self.match_available = 0
        self.match_start = 0
        self.prev_match = 0
        self.ins_h = 0
        self.pending_in = bytearray()
        self.in_pos = 0
        self.bits = _BitWriter()
        t = _tables()
        self.ltree = _Tree(_HEAP_SIZE, t[4], _EXTRA_LBITS, 257, _L_CODES, _MAX_BITS)
        self.dtree = _Tree(2 * _D_CODES + 1, t[6], _EXTRA_DBITS, 0, _D_CODES, _MAX_BITS)
        self.bltree = _Tree(2 * _BL_CODES + 1, None, _EXTRA_BLBITS, 0, _BL_CODES, 7)
        self.heap = [0] * _HEAP_SIZE
        self.depth = [0] * _HEAP_SIZE
        self.bl_count = [0] * (_MAX_BITS + 1)
        self.syms = []
        self.started = False
        self.finished = False
        self.check = 1 if self.wrap == 1 else 0
        self.total_in = 0
        self._init_block()

    # -- input and the window
    def _avail_in(self):
        return len(self.pending_in) - self.in_pos

    def _read_buf(self, offset, size):
        n = self._avail_in()
        if n > size:
            n = size
        if n == 0:
            return 0
        chunk = self.pending_in[self.in_pos:self.in_pos + n]
        self.in_pos += n
        self.window[offset:offset + n] = chunk
        return n

    def _slide_hash(self):
        wsize = self.w_size
        head = self.head
        for i in range(self.hash_size):
            m = head[i]
            head[i] = m - wsize if m >= wsize else 0
        prev = self.prev
        for i in range(wsize):
            m = prev[i]
            prev[i] = m - wsize if m >= wsize else 0

    def _fill_window(self):
        wsize = self.w_size
        window = self.window
        while True:
            more = self.window_size - self.lookahead - self.strstart
            if self.strstart >= wsize + (wsize - _MIN_LOOKAHEAD):
                window[0:wsize - more] = window[wsize:wsize + wsize - more]
                self.match_start -= wsize
                self.strstart -= wsize
                self.block_start -= wsize
                if self.insert > self.strstart:
                    self.insert = self.strstart
                self._slide_hash()
                more += wsize
            if self._avail_in() == 0:
                break
            n = self._read_buf(self.strstart + self.lookahead, more)
            self.lookahead += n
            if self.lookahead + self.insert >= _MIN_MATCH:
                s = self.strstart - self.insert
                shift = self.hash_shift
                mask = self.hash_mask
                self.ins_h = window[s]
                self.ins_h = ((self.ins_h << shift) ^ window[s + 1]) & mask
                while self.insert:
                    self.ins_h = ((self.ins_h << shift) ^ window[s + _MIN_MATCH - 1]) & mask
                    self.prev[s & self.w_mask] = self.head[self.ins_h]
                    self.head[self.ins_h] = s
                    s += 1
                    self.insert -= 1
                    if self.lookahead + self.insert < _MIN_MATCH:
                        break
            if not (self.lookahead < _MIN_LOOKAHEAD and self._avail_in() != 0):
                break
        if self.high_water < self.window_size:
            curr = self.strstart + self.lookahead
            if self.high_water < curr:
                init = self.window_size - curr
                if init > _MAX_MATCH:
                    init = _MAX_MATCH
                window[curr:curr + init] = bytes(init)
                self.high_water = curr + init
            elif self.high_water < curr + _MAX_MATCH:
                init = curr + _MAX_MATCH - self.high_water
                if init > self.window_size - self.high_water:
                    init = self.window_size - self.high_water
                window[self.high_water:self.high_water + init] = bytes(init)
                self.high_water += init
        if self.in_pos > 65536:
            del self.pending_in[:self.in_pos]
            self.in_pos = 0

    def _insert_string(self, pos):
        self.ins_h = ((self.ins_h << self.hash_shift) ^ self.window[pos + 2]) & self.hash_mask
        h = self.ins_h
        match_head = self.head[h]
        self.prev[pos & self.w_mask] = match_head
        self.head[h] = pos
        return match_head

    def _longest_match(self, cur_match):
        window = self.window
        prev = self.prev
        wmask = self.w_mask
        chain_length = self.max_chain_length
        scan = self.strstart
        best_len = self.prev_length
        nice_match = self.nice_match
        max_dist = self.w_size - _MIN_LOOKAHEAD
        limit = scan - max_dist if scan > max_dist else 0
        strend = scan + _MAX_MATCH
        scan_end1 = window[scan + best_len - 1]
        scan_end = window[scan + best_len]
        if self.prev_length >= self.good_match:
            chain_length >>= 2
        if nice_match > self.lookahead:
            nice_match = self.lookahead
        s0 = window[scan]
        s1 = window[scan + 1]
        while True:
            match = cur_match
            if (window[match + best_len] == scan_end and window[match + best_len - 1] == scan_end1
                    and window[match] == s0 and window[match + 1] == s1):
                i = scan + 2
                j = match + 2
                while i < strend and window[i] == window[j]:
                    i += 1
                    j += 1
                ln = i - scan
                if ln > best_len:
                    self.match_start = cur_match
                    best_len = ln
                    if ln >= nice_match:
                        break
                    scan_end1 = window[scan + best_len - 1]
                    scan_end = window[scan + best_len]
            cur_match = prev[cur_match & wmask]
            if cur_match <= limit:
                break
            chain_length -= 1
            if chain_length == 0:
                break
        if best_len <= self.lookahead:
            return best_len
        return self.lookahead

    # -- symbols and blocks
    def _init_block(self):
        for t in (self.ltree, self.dtree, self.bltree):
            f = t.freq
            for i in range(t.elems):
                f[i] = 0
        self.ltree.freq[_END_BLOCK] = 1
        self.opt_len = 0
        self.static_len = 0
        self.syms = []

    def _tally_lit(self, c):
        self.syms.append(c)
        self.ltree.freq[c] += 1
        return len(self.syms) == self.sym_end

    def _tally_dist(self, dist, lc):
        t = _TABLES
        self.syms.append(-1 - ((dist << 8) | lc))
        self.ltree.freq[t[1][lc] + 257] += 1
        dist -= 1
        self.dtree.freq[t[3][dist] if dist < 256 else t[3][256 + (dist >> 7)]] += 1
        return len(self.syms) == self.sym_end

    def _flush_block_only(self, last):
        if self.block_start >= 0:
            buf = bytes(self.window[self.block_start:self.strstart])
        else:
            buf = None
        self._tr_flush_block(buf, self.strstart - self.block_start, last)
        self.block_start = self.strstart

    def _smaller(self, freq, n, m):
        return freq[n] < freq[m] or (freq[n] == freq[m] and self.depth[n] <= self.depth[m])

    def _pqdownheap(self, freq, k):
        heap = self.heap
        depth = self.depth
        v = heap[k]
        j = k << 1
        heap_len = self.heap_len
        while j <= heap_len:
            if j < heap_len:
                a = heap[j + 1]
                b = heap[j]
                if freq[a] < freq[b] or (freq[a] == freq[b] and depth[a] <= depth[b]):
                    j += 1
            hj = heap[j]
            if freq[v] < freq[hj] or (freq[v] == freq[hj] and depth[v] <= depth[hj]):
                break
            heap[k] = hj
            k = j
            j <<= 1
        heap[k] = v

    def _build_tree(self, tree):
        freq = tree.freq
        dl = tree.dl
        stree = tree.static_lens
        elems = tree.elems
        heap = self.heap
        depth = self.depth
        max_code = -1
        self.heap_len = 0
        self.heap_max = _HEAP_SIZE
        for n in range(elems):
            if freq[n] != 0:
                self.heap_len += 1
                heap[self.heap_len] = max_code = n
                depth[n] = 0
            else:
                dl[n] = 0
        while self.heap_len < 2:
            if max_code < 2:
                max_code += 1
                node = max_code
            else:
                node = 0
            self.heap_len += 1
            heap[self.heap_len] = node
            freq[node] = 1
            depth[node] = 0
            self.opt_len -= 1
            if stree is not None:
                self.static_len -= stree[node]
        tree.max_code = max_code
        for n in range(self.heap_len // 2, 0, -1):
            self._pqdownheap(freq, n)
        node = elems
        while True:
            n = heap[1]
            heap[1] = heap[self.heap_len]
            self.heap_len -= 1
            self._pqdownheap(freq, 1)
            m = heap[1]
            self.heap_max -= 1
            heap[self.heap_max] = n
            self.heap_max -= 1
            heap[self.heap_max] = m
            freq[node] = freq[n] + freq[m]
            depth[node] = (depth[n] if depth[n] >= depth[m] else depth[m]) + 1
            dl[n] = dl[m] = node
            heap[1] = node
            node += 1
            self._pqdownheap(freq, 1)
            if self.heap_len < 2:
                break
        self.heap_max -= 1
        heap[self.heap_max] = heap[1]
        self._gen_bitlen(tree)
        tree.code = _gen_codes(dl, max_code, self.bl_count)

    def _gen_bitlen(self, tree):
        freq = tree.freq
        dl = tree.dl
        max_code = tree.max_code
        stree = tree.static_lens
        extra = tree.extra
        base = tree.extra_base
        max_length = tree.max_length
        heap = self.heap
        bl_count = self.bl_count
        for bits in range(_MAX_BITS + 1):
            bl_count[bits] = 0
        overflow = 0
        dl[heap[self.heap_max]] = 0
        h = self.heap_max + 1
        while h < _HEAP_SIZE:
            n = heap[h]
            bits = dl[dl[n]] + 1
            if bits > max_length:
                bits = max_length
                overflow += 1
            dl[n] = bits
            h += 1
            if n > max_code:
                continue
            bl_count[bits] += 1
            xbits = extra[n - base] if n >= base else 0
            f = freq[n]
            self.opt_len += f * (bits + xbits)
            if stree is not None:
                self.static_len += f * (stree[n] + xbits)
        if overflow == 0:
            return
        while True:
            bits = max_length - 1
            while bl_count[bits] == 0:
                bits -= 1
            bl_count[bits] -= 1
            bl_count[bits + 1] += 2
            bl_count[max_length] -= 1
            overflow -= 2
            if overflow <= 0:
                break
        h = _HEAP_SIZE
        for bits in range(max_length, 0, -1):
            n = bl_count[bits]
            while n != 0:
                h -= 1
                m = heap[h]
                if m > max_code:
                    continue
                if dl[m] != bits:
                    self.opt_len += (bits - dl[m]) * freq[m]
                    dl[m] = bits
                n -= 1

    def _scan_tree(self, tree, max_code):
        dl = tree.dl
        blf = self.bltree.freq
        prevlen = -1
        nextlen = dl[0]
        count = 0
        max_count = 7
        min_count = 4
        if nextlen == 0:
            max_count = 138
            min_count = 3
        dl[max_code + 1] = 0xFFFF
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = dl[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            elif count < min_count:
                blf[curlen] += count
            elif curlen != 0:
                if curlen != prevlen:
                    blf[curlen] += 1
                blf[16] += 1
            elif count <= 10:
                blf[17] += 1
            else:
                blf[18] += 1
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count = 138
                min_count = 3
            elif curlen == nextlen:
                max_count = 6
                min_count = 3
            else:
                max_count = 7
                min_count = 4

    def _send_tree(self, tree, max_code):
        dl = tree.dl
        bl = self.bltree
        send = self.bits.send
        prevlen = -1
        nextlen = dl[0]
        count = 0
        max_count = 7
        min_count = 4
        if nextlen == 0:
            max_count = 138
            min_count = 3
        for n in range(max_code + 1):
            curlen = nextlen
            nextlen = dl[n + 1]
            count += 1
            if count < max_count and curlen == nextlen:
                continue
            elif count < min_count:
                while count:
                    send(bl.code[curlen], bl.dl[curlen])
                    count -= 1
            elif curlen != 0:
                if curlen != prevlen:
                    send(bl.code[curlen], bl.dl[curlen])
                    count -= 1
                send(bl.code[16], bl.dl[16])
                send(count - 3, 2)
            elif count <= 10:
                send(bl.code[17], bl.dl[17])
                send(count - 3, 3)
            else:
                send(bl.code[18], bl.dl[18])
                send(count - 11, 7)
            count = 0
            prevlen = curlen
            if nextlen == 0:
                max_count = 138
                min_count = 3
            elif curlen == nextlen:
                max_count = 6
                min_count = 3
            else:
                max_count = 7
                min_count = 4

    def _build_bl_tree(self):
        self._scan_tree(self.ltree, self.ltree.max_code)
        self._scan_tree(self.dtree, self.dtree.max_code)
        self._build_tree(self.bltree)
        max_blindex = _BL_CODES - 1
        while max_blindex >= 3:
            if self.bltree.dl[_BL_ORDER[max_blindex]] != 0:
                break
            max_blindex -= 1
        self.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4
        return max_blindex

    def _stored_block(self, buf, stored_len, last):
        self.bits.send(last, 3)
        self.bits.windup()
        self.bits.out += bytes((stored_len & 0xFF, (stored_len >> 8) & 0xFF,
                                (~stored_len) & 0xFF, ((~stored_len) >> 8) & 0xFF))
        if stored_len:
            self.bits.out += buf

    def _tr_flush_block(self, buf, stored_len, last):
        max_blindex = 0
        if self.level > 0:
            self._build_tree(self.ltree)
            self._build_tree(self.dtree)
            max_blindex = self._build_bl_tree()
            opt_lenb = (self.opt_len + 3 + 7) >> 3
            static_lenb = (self.static_len + 3 + 7) >> 3
            if static_lenb <= opt_lenb or self.strategy == Z_FIXED:
                opt_lenb = static_lenb
        else:
            opt_lenb = static_lenb = stored_len + 5
        if stored_len + 4 <= opt_lenb and buf is not None:
            self._stored_block(buf, stored_len, last)
        elif static_lenb == opt_lenb:
            t = _TABLES
            self.bits.send((1 << 1) + last, 3)
            self._compress_block(t[5], t[4], t[7], t[6])
        else:
            self.bits.send((2 << 1) + last, 3)
            self._send_all_trees(self.ltree.max_code + 1, self.dtree.max_code + 1, max_blindex + 1)
            self._compress_block(self.ltree.code, self.ltree.dl, self.dtree.code, self.dtree.dl)
        self._init_block()
        if last:
            self.bits.windup()

    def _send_all_trees(self, lcodes, dcodes, blcodes):
        send = self.bits.send
        send(lcodes - 257, 5)
        send(dcodes - 1, 5)
        send(blcodes - 4, 4)
        for rank in range(blcodes):
            send(self.bltree.dl[_BL_ORDER[rank]], 3)
        self._send_tree(self.ltree, lcodes - 1)
        self._send_tree(self.dtree, dcodes - 1)

    def _compress_block(self, lcode, llen, dcode, dlen):
        base_length, length_code, base_dist, dist_code = _TABLES[0], _TABLES[1], _TABLES[2], _TABLES[3]
        send = self.bits.send
        for sym in self.syms:
            if sym >= 0:
                send(lcode[sym], llen[sym])
                continue
            sym = -1 - sym
            lc = sym & 0xFF
            dist = sym >> 8
            code = length_code[lc]
            send(lcode[code + 257], llen[code + 257])
            extra = _EXTRA_LBITS[code]
            if extra:
                send(lc - base_length[code], extra)
            dist -= 1
            code = dist_code[dist] if dist < 256 else dist_code[256 + (dist >> 7)]
            send(dcode[code], dlen[code])
            extra = _EXTRA_DBITS[code]
            if extra:
                send(dist - base_dist[code], extra)
        send(lcode[_END_BLOCK], llen[_END_BLOCK])

    # -- the compressors
    def _deflate_slow(self, flush):
        window = self.window
        max_dist = self.w_size - _MIN_LOOKAHEAD
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self._fill_window()
                if self.lookahead < _MIN_LOOKAHEAD and flush == Z_NO_FLUSH:
                    return False
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self._insert_string(self.strstart)
            self.prev_length = self.match_length
            self.prev_match = self.match_start
            self.match_length = _MIN_MATCH - 1
            if hash_head != 0 and self.prev_length < self.max_lazy_match and \
                    self.strstart - hash_head <= max_dist:
                self.match_length = self._longest_match(hash_head)
                if self.match_length <= 5 and (self.strategy == Z_FILTERED or (
                        self.match_length == _MIN_MATCH and self.strstart - self.match_start > _TOO_FAR)):
                    self.match_length = _MIN_MATCH - 1
            if self.prev_length >= _MIN_MATCH and self.match_length <= self.prev_length:
                max_insert = self.strstart + self.lookahead - _MIN_MATCH
                bflush = self._tally_dist(self.strstart - 1 - self.prev_match, self.prev_length - _MIN_MATCH)
                self.lookahead -= self.prev_length - 1
                self.prev_length -= 2
                while True:
                    self.strstart += 1
                    if self.strstart <= max_insert:
                        self._insert_string(self.strstart)
                    self.prev_length -= 1
                    if self.prev_length == 0:
                        break
                self.match_available = 0
                self.match_length = _MIN_MATCH - 1
                self.strstart += 1
                if bflush:
                    self._flush_block_only(0)
            elif self.match_available:
                bflush = self._tally_lit(window[self.strstart - 1])
                if bflush:
                    self._flush_block_only(0)
                self.strstart += 1
                self.lookahead -= 1
            else:
                self.match_available = 1
                self.strstart += 1
                self.lookahead -= 1
        if self.match_available:
            self._tally_lit(window[self.strstart - 1])
            self.match_available = 0
        self.insert = self.strstart if self.strstart < _MIN_MATCH - 1 else _MIN_MATCH - 1
        if flush == Z_FINISH:
            self._flush_block_only(1)
            return True
        if self.syms:
            self._flush_block_only(0)
        return True

    def _deflate_fast(self, flush):
        window = self.window
        max_dist = self.w_size - _MIN_LOOKAHEAD
        while True:
            if self.lookahead < _MIN_LOOKAHEAD:
                self._fill_window()
                if self.lookahead < _MIN_LOOKAHEAD and flush == Z_NO_FLUSH:
                    return False
                if self.lookahead == 0:
                    break
            hash_head = 0
            if self.lookahead >= _MIN_MATCH:
                hash_head = self._insert_string(self.strstart)
            if hash_head != 0 and self.strstart - hash_head <= max_dist:
                self.match_length = self._longest_match(hash_head)
            if self.match_length >= _MIN_MATCH:
                bflush = self._tally_dist(self.strstart - self.match_start, self.match_length - _MIN_MATCH)
                self.lookahead -= self.match_length
                if self.match_length <= self.max_lazy_match and self.lookahead >= _MIN_MATCH:
                    self.match_length -= 1
                    while True:
                        self.strstart += 1
                        self._insert_string(self.strstart)
                        self.match_length -= 1
                        if self.match_length == 0:
                            break
                    self.strstart += 1
                else:
                    self.strstart += self.match_length
                    self.match_length = 0
                    self.ins_h = window[self.strstart]
                    self.ins_h = ((self.ins_h << self.hash_shift) ^ window[self.strstart + 1]) & self.hash_mask
            else:
                bflush = self._tally_lit(window[self.strstart])
                self.lookahead -= 1
                self.strstart += 1
            if bflush:
                self._flush_block_only(0)
        self.insert = self.strstart if self.strstart < _MIN_MATCH - 1 else _MIN_MATCH - 1
        if flush == Z_FINISH:
            self._flush_block_only(1)
            return True
        if self.syms:
            self._flush_block_only(0)
        return True

    def _deflate_stored(self, flush):
        while True:
            n = self._avail_in()
            if n == 0 and flush != Z_FINISH:
                return True
            if n < 65535 and flush == Z_NO_FLUSH:
                return False
            take = min(n, 65535)
            chunk = bytes(self.pending_in[self.in_pos:self.in_pos + take])
            self.in_pos += take
            last = 1 if (flush == Z_FINISH and self.in_pos == len(self.pending_in)) else 0
            self._stored_block(chunk, take, last)
            if last:
                return True
            if n <= 65535 and flush != Z_FINISH:
                return True

    def _header(self):
        if self.wrap == 1:
            if self.strategy >= Z_HUFFMAN_ONLY or self.level < 2:
                level_flags = 0
            elif self.level < 6:
                level_flags = 1
            elif self.level == 6:
                level_flags = 2
            else:
                level_flags = 3
            header = ((DEFLATED + ((self.w_bits - 8) << 4)) << 8) | (level_flags << 6)
            header += 31 - (header % 31)
            self.bits.out += bytes((header >> 8, header & 0xFF))
        elif self.wrap == 2:
            xfl = 2 if self.level == 9 else (4 if self.strategy >= Z_HUFFMAN_ONLY or self.level < 2 else 0)
            self.bits.out += b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes((xfl, 3))

    def deflate(self, data, flush):
        if not self.started:
            self.started = True
            self._header()
        if data:
            self.pending_in += data
            self.total_in += len(data)
            if self.wrap == 1:
                self.check = adler32(data, self.check)
            elif self.wrap == 2:
                self.check = crc32(data, self.check)
        if self.level == 0:
            self._deflate_stored(flush)
        elif self.slow:
            self._deflate_slow(flush)
        else:
            self._deflate_fast(flush)
        if flush in (Z_SYNC_FLUSH, Z_FULL_FLUSH) and self._avail_in() == 0:
            self._stored_block(b"", 0, 0)
            if flush == Z_FULL_FLUSH:
                for i in range(self.hash_size):
                    self.head[i] = 0
                if self.lookahead == 0:
                    self.strstart = 0
                    self.block_start = 0
                    self.insert = 0
        if flush == Z_FINISH:
            if self.wrap == 1:
                c = self.check
                self.bits.out += bytes(((c >> 24) & 0xFF, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF))
            elif self.wrap == 2:
                c = self.check
                n = self.total_in & 0xFFFFFFFF
                self.bits.out += c.to_bytes(4, "little") + n.to_bytes(4, "little")
            self.finished = True
        return self.bits.take()


def _check_level(level):
    if not (-1 <= level <= 9):
        raise error("Bad compression level")


def _check_wbits(wbits, compress=True):
    if 9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31 or (not compress and wbits in (0, 8)):
        return
    if not compress and (40 <= wbits <= 47 or 24 <= wbits <= 31 or -15 <= wbits <= -8 or 8 <= wbits <= 15):
        return
    if compress and (wbits == 8 or wbits == -8 or wbits == 24):
        return
    raise ValueError("Invalid initialization option")


def compress(data, level=-1, wbits=MAX_WBITS):
    data = _bytes_like(data)
    _check_level(level)
    _check_wbits(wbits)
    return _Deflater(level, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY).deflate(data, Z_FINISH)


class _Compress:
    def __init__(self, level, method, wbits, memLevel, strategy, zdict):
        if method != DEFLATED:
            raise ValueError("Invalid initialization option")
        _check_level(level)
        _check_wbits(wbits)
        if not 1 <= memLevel <= 9:
            raise ValueError("Invalid initialization option")
        self._d = _Deflater(level, wbits, memLevel, strategy)
        if zdict is not None:
            raise error("Error -2 while setting zdict: the dictionary is not supported here")

    def compress(self, data):
        data = _bytes_like(data)
        if self._d is None or self._d.finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return self._d.deflate(data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b""
        if self._d is None or self._d.finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        out = self._d.deflate(b"", mode)
        if mode == Z_FINISH:
            self._d = None
        return out

    def copy(self):
        raise ValueError("Inconsistent stream state")


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    return _Compress(level, method, wbits, memLevel, strategy, zdict)


# -- inflate

class _NeedMore(Exception):
    # The stream stops early; .out is what the complete symbols before that point decode to.
    def __init__(self, out=b""):
        self.out = out


class _Inflater:
    # Decodes a whole stream held in memory; raises _NeedMore when the data stops early.
    def __init__(self, data, pos):
        self.data = data
        self.pos = pos
        self.bitbuf = 0
        self.bitcount = 0

    def bits(self, n):
        while self.bitcount < n:
            if self.pos >= len(self.data):
                raise _NeedMore()
            self.bitbuf |= self.data[self.pos] << self.bitcount
            self.pos += 1
            self.bitcount += 8
        v = self.bitbuf & ((1 << n) - 1)
        self.bitbuf >>= n
        self.bitcount -= n
        return v

    def align(self):
        self.bitbuf = 0
        self.bitcount = 0

    def decode(self, table):
        # table: (counts per length, symbols in canonical order)
        counts, symbols = table
        code = 0
        first = 0
        index = 0
        for ln in range(1, 16):
            code |= self.bits(1)
            count = counts[ln]
            if code - count < first:
                return symbols[index + (code - first)]
            index += count
            first += count
            first <<= 1
            code <<= 1
        raise error("Error -3 while decompressing data: invalid code -- missing end-of-block")


def _huffman(lengths, what):
    counts = [0] * 16
    for ln in lengths:
        counts[ln] += 1
    counts[0] = 0
    left = 1
    for ln in range(1, 16):
        left <<= 1
        left -= counts[ln]
        if left < 0:
            raise error("Error -3 while decompressing data: invalid %s" % what)
    offs = [0] * 16
    for ln in range(1, 15):
        offs[ln + 1] = offs[ln] + counts[ln]
    symbols = [0] * len(lengths)
    for sym, ln in enumerate(lengths):
        if ln:
            symbols[offs[ln]] = sym
            offs[ln] += 1
    return counts, symbols, left


_FIXED = None


def _fixed_tables():
    global _FIXED
    if _FIXED is None:
        lit = _huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8, "literal/lengths set")
        dist = _huffman([5] * 30, "distances set")
        _FIXED = ((lit[0], lit[1]), (dist[0], dist[1]))
    return _FIXED


_LBASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163,
          195, 227, 258)
_LEXT = _EXTRA_LBITS[:28] + (0,)
_DBASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
          3073, 4097, 6145, 8193, 12289, 16385, 24577)


def _inflate_raw(s, out, window_base, max_dist):
    # Inflates deflate blocks from s into out until the final block; returns nothing.
    while True:
        last = s.bits(1)
        btype = s.bits(2)
        if btype == 0:
            s.align()
            if s.pos + 4 > len(s.data):
                raise _NeedMore()
            d = s.data
            p = s.pos
            ln = d[p] | (d[p + 1] << 8)
            nln = d[p + 2] | (d[p + 3] << 8)
            if ln != (~nln & 0xFFFF):
                raise error("Error -3 while decompressing data: invalid stored block lengths")
            s.pos = p + 4
            if s.pos + ln > len(d):
                out += d[s.pos:]
                raise _NeedMore()
            out += d[s.pos:s.pos + ln]
            s.pos += ln
        elif btype == 3:
            raise error("Error -3 while decompressing data: invalid block type")
        else:
            if btype == 1:
                lit, dist = _fixed_tables()
            else:
                hlit = s.bits(5) + 257
                hdist = s.bits(5) + 1
                hclen = s.bits(4) + 4
                if hlit > 286 or hdist > 30:
                    raise error("Error -3 while decompressing data: too many length or distance symbols")
                lens = [0] * 19
                for i in range(hclen):
                    lens[_BL_ORDER[i]] = s.bits(3)
                counts, symbols, left = _huffman(lens, "code lengths set")
                if left:
                    raise error("Error -3 while decompressing data: invalid code lengths set")
                cl = (counts, symbols)
                lengths = []
                while len(lengths) < hlit + hdist:
                    sym = s.decode(cl)
                    if sym < 16:
                        lengths.append(sym)
                    elif sym == 16:
                        if not lengths:
                            raise error("Error -3 while decompressing data: invalid bit length repeat")
                        lengths.extend([lengths[-1]] * (3 + s.bits(2)))
                    elif sym == 17:
                        lengths.extend([0] * (3 + s.bits(3)))
                    else:
                        lengths.extend([0] * (11 + s.bits(7)))
                if len(lengths) > hlit + hdist:
                    raise error("Error -3 while decompressing data: invalid bit length repeat")
                if lengths[256] == 0:
                    raise error("Error -3 while decompressing data: invalid code -- missing end-of-block")
                lc = _huffman(lengths[:hlit], "literal/lengths set")
                dc = _huffman(lengths[hlit:], "distances set")
                lit = (lc[0], lc[1])
                dist = (dc[0], dc[1])
            while True:
                sym = s.decode(lit)
                if sym < 256:
                    out.append(sym)
                elif sym == 256:
                    break
                else:
                    sym -= 257
                    if sym >= 29:
                        raise error("Error -3 while decompressing data: invalid literal/length code")
                    length = _LBASE[sym] + (s.bits(_LEXT[sym]) if _LEXT[sym] else 0)
                    dsym = s.decode(dist)
                    if dsym >= 30:
                        raise error("Error -3 while decompressing data: invalid distance code")
                    d = _DBASE[dsym] + (s.bits(_EXTRA_DBITS[dsym]) if _EXTRA_DBITS[dsym] else 0)
                    if d > len(out) - window_base or d > max_dist:
                        raise error("Error -3 while decompressing data: invalid distance too far back")
                    start = len(out) - d
                    if d >= length:
                        out += out[start:start + length]
                    else:
                        for k in range(length):
                            out.append(out[start + k])
        if last:
            return


def _inflate_stream(data, wbits):
    # Returns (output, bytes used); raises _NeedMore for a stream that stops early.
    if wbits >= 40:
        wbits -= 32
        wrap = 3
    elif wbits >= 24:
        wbits -= 16
        wrap = 2
    elif wbits <= 0 and wbits != 0:
        wbits = -wbits
        wrap = 0
    else:
        wrap = 1
    if wbits == 0:
        wbits = 15
    pos = 0
    if wrap == 3:
        if len(data) < 2:
            raise _NeedMore()
        wrap = 2 if data[0] == 0x1F and data[1] == 0x8B else 1
    if wrap == 1:
        if len(data) < 2:
            raise _NeedMore()
        cmf, flg = data[0], data[1]
        if ((cmf << 8) | flg) % 31:
            raise error("Error -3 while decompressing data: incorrect header check")
        if cmf & 0x0F != 8:
            raise error("Error -3 while decompressing data: unknown compression method")
        if (cmf >> 4) + 8 > wbits:
            raise error("Error -3 while decompressing data: invalid window size")
        if flg & 0x20:
            raise error("Error 2 while decompressing data")
        pos = 2
    elif wrap == 2:
        if len(data) < 10:
            raise _NeedMore()
        if data[0] != 0x1F or data[1] != 0x8B:
            raise error("Error -3 while decompressing data: incorrect header check")
        if data[2] != 8:
            raise error("Error -3 while decompressing data: unknown compression method")
        flags = data[3]
        pos = 10
        if flags & 4:
            if len(data) < pos + 2:
                raise _NeedMore()
            xlen = data[pos] | (data[pos + 1] << 8)
            pos += 2 + xlen
        if flags & 8:
            end = data.find(b"\0", pos)
            if end < 0:
                raise _NeedMore()
            pos = end + 1
        if flags & 16:
            end = data.find(b"\0", pos)
            if end < 0:
                raise _NeedMore()
            pos = end + 1
        if flags & 2:
            pos += 2
        if pos > len(data):
            raise _NeedMore()
    s = _Inflater(data, pos)
    out = bytearray()
    try:
        _inflate_raw(s, out, 0, 1 << wbits)
    except _NeedMore:
        raise _NeedMore(out)
    pos = s.pos
    if wrap == 1:
        if pos + 4 > len(data):
            raise _NeedMore(out)
        if int.from_bytes(data[pos:pos + 4], "big") != adler32(out):
            raise error("Error -3 while decompressing data: incorrect data check")
        pos += 4
    elif wrap == 2:
        if pos + 8 > len(data):
            raise _NeedMore(out)
        if int.from_bytes(data[pos:pos + 4], "little") != crc32(out):
            raise error("Error -3 while decompressing data: incorrect data check")
        if int.from_bytes(data[pos + 4:pos + 8], "little") != len(out) & 0xFFFFFFFF:
            raise error("Error -3 while decompressing data: incorrect length check")
        pos += 8
    return bytes(out), pos


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _bytes_like(data)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    try:
        out, used = _inflate_stream(bytes(data), wbits)
    except _NeedMore:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class _Decompress:
    # Each call inflates the whole stream so far again and returns what it adds (the output of the
    # complete symbols received, as zlib's inflate gives it).
    def __init__(self, wbits, zdict):
        self.wbits = wbits
        self._emitted = 0
        self._buf = b""
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False
        self._out_pending = b""

    def decompress(self, data, max_length=0):
        data = _bytes_like(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += bytes(data)
            return b""
        self._buf += bytes(data)
        try:
            out, used = _inflate_stream(self._buf, self.wbits)
        except _NeedMore as more:
            out = bytes(more.out[self._emitted:])
            self._emitted += len(out)
            return out
        self.eof = True
        self.unused_data = self._buf[used:]
        self._buf = b""
        out = out[self._emitted:]
        if max_length and len(out) > max_length:
            self._out_pending = out[max_length:]
            out = out[:max_length]
        return out

    def flush(self, length=DEF_BUF_SIZE):
        out = self._out_pending
        self._out_pending = b""
        return out

    def copy(self):
        other = _Decompress(self.wbits, None)
        other._buf = self._buf
        other.unused_data = self.unused_data
        other.eof = self.eof
        return other


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    return _Decompress(wbits, zdict)
