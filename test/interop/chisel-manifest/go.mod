module chaingate.test/chisel-manifest

go 1.23.8

require github.com/canonical/chisel-manifest v1.2.0
