import ArgumentParser
GWX.main()
