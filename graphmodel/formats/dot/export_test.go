package dot

// DecodeWithLimit exposes the size limit to tests, which cannot feed
// half a gigabyte to reach the real one.
var DecodeWithLimit = decodeLimited
