# expect: KeyboardInterrupt
# exit: 130
raise KeyboardInterrupt
