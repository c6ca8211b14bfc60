# expect: ValueError
# pow(big, e, 0): mpz's division asserted on the zero modulus.
print(pow(2**64, 3, 0))
