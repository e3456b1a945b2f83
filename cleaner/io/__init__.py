"""Files in and out for batch runs: finding and decoding inputs (readers), writing outputs
atomically and keeping the resumable manifest (writers). The engine never sees a file."""
