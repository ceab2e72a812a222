#!/usr/bin/env python3
# Writes gps-rotated.jpg: thin-white-stripe.jpg (493 × 58, from Node.js's
# documentation, /usr/share/doc/nodejs, MIT) with an EXIF block a phone would write: camera make
# "InkwellTestCam", orientation 6 (turn 90° clockwise to view) and GPS
# coordinates (48°51'30"N 2°17'40"E). The test checks that none of it
# leaves the machine and that the picture comes out upright.
import struct

def ifd(entries, data_offset):
    """entries: (tag, type, count, value bytes); returns (ifd bytes, data bytes)."""
    out = struct.pack('<H', len(entries))
    data = b''
    for tag, typ, count, value in entries:
        if len(value) <= 4:
            out += struct.pack('<HHI', tag, typ, count) + value.ljust(4, b'\0')
        else:
            out += struct.pack('<HHII', tag, typ, count, data_offset + len(data))
            data += value
            if len(data) % 2:
                data += b'\0'
    out += struct.pack('<I', 0)
    return out, data

def rationals(*pairs):
    return b''.join(struct.pack('<II', n, d) for n, d in pairs)

make = b'InkwellTestCam\0'
ifd0_len = 2 + 3 * 12 + 4
ifd0_at = 8
gps_at_guess = None
# IFD0: Make, Orientation, GPS pointer (filled in below)
def build(gps_at):
    entries = [(0x010F, 2, len(make), make), (0x0112, 3, 1, struct.pack('<H', 6)),
               (0x8825, 4, 1, struct.pack('<I', gps_at))]
    return ifd(entries, ifd0_at + ifd0_len)
i0, d0 = build(0)
gps_at = ifd0_at + len(i0) + len(d0)
i0, d0 = build(gps_at)
gps_entries = [(0x0001, 2, 2, b'N\0'), (0x0002, 5, 3, rationals((48, 1), (51, 1), (30, 1))),
               (0x0003, 2, 2, b'E\0'), (0x0004, 5, 3, rationals((2, 1), (17, 1), (40, 1)))]
gps_len = 2 + len(gps_entries) * 12 + 4
g, gd = ifd(gps_entries, gps_at + gps_len)
tiff = b'II*\0' + struct.pack('<I', ifd0_at) + i0 + d0 + g + gd
app1 = b'Exif\0\0' + tiff
segment = b'\xff\xe1' + struct.pack('>H', len(app1) + 2) + app1

src = open('thin-white-stripe.jpg', 'rb').read()
assert src[:2] == b'\xff\xd8'
pos = 2
if src[2:4] == b'\xff\xe0':  # keep JFIF first
    pos = 4 + struct.unpack('>H', src[4:6])[0]
open('gps-rotated.jpg', 'wb').write(src[:pos] + segment + src[pos:])
