import pickle, copy, datetime
for v in [datetime.datetime(2024, 5, 17, 10, 30, 5, 123), datetime.date(2024, 1, 2), datetime.timedelta(days=1, seconds=5),
          datetime.time(1, 2, 3, 400000), datetime.datetime(2024, 5, 17, tzinfo=datetime.timezone.utc),
          datetime.datetime(2024, 5, 17, fold=1), datetime.time(5, fold=1, tzinfo=datetime.timezone(datetime.timedelta(hours=2), "X")),
          complex(1, 2), range(3), [datetime.date(2020, 2, 29)] * 2]:
    for proto in (2, 4):
        d = pickle.dumps(v, proto)
        r = pickle.loads(d)
        print(proto, repr(r), r == v, d)
    print(copy.copy(v) == v, copy.deepcopy(v) == v)
print(datetime.timezone(datetime.timedelta(0)) is datetime.timezone.utc, datetime.timezone(datetime.timedelta(0), "Z"))
s = slice(1, 2)
print(pickle.loads(pickle.dumps(s)), copy.copy(s) is s)
