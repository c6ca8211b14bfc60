# expect: MemoryError
'%99999999999d' % 1
