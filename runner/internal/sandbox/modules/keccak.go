package modules

import (
	"encoding/binary"
	"math/bits"
)

// keccak is the original Keccak sponge (padding 0x01), which CryptoJS calls
// SHA3. It implements hash.Hash.
type keccak struct {
	st     [25]uint64
	buf    []byte
	rate   int
	outLen int
}

var keccakRC = [24]uint64{
	0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
	0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
	0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
	0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
	0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
	0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
}

var keccakRot = [24]int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44}
var keccakPi = [24]int{10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1}

func newKeccak(outLen int) *keccak {
	return &keccak{rate: 200 - 2*outLen, outLen: outLen}
}

func keccakF(st *[25]uint64) {
	var bc [5]uint64
	for r := 0; r < 24; r++ {
		for i := 0; i < 5; i++ {
			bc[i] = st[i] ^ st[i+5] ^ st[i+10] ^ st[i+15] ^ st[i+20]
		}
		for i := 0; i < 5; i++ {
			t := bc[(i+4)%5] ^ bits.RotateLeft64(bc[(i+1)%5], 1)
			for j := 0; j < 25; j += 5 {
				st[j+i] ^= t
			}
		}
		t := st[1]
		for i := 0; i < 24; i++ {
			j := keccakPi[i]
			b := st[j]
			st[j] = bits.RotateLeft64(t, keccakRot[i])
			t = b
		}
		for j := 0; j < 25; j += 5 {
			for i := 0; i < 5; i++ {
				bc[i] = st[j+i]
			}
			for i := 0; i < 5; i++ {
				st[j+i] ^= ^bc[(i+1)%5] & bc[(i+2)%5]
			}
		}
		st[0] ^= keccakRC[r]
	}
}

func (k *keccak) absorb(block []byte) {
	for i := 0; i < k.rate/8; i++ {
		k.st[i] ^= binary.LittleEndian.Uint64(block[i*8:])
	}
	keccakF(&k.st)
}

func (k *keccak) Write(p []byte) (int, error) {
	n := len(p)
	k.buf = append(k.buf, p...)
	for len(k.buf) >= k.rate {
		k.absorb(k.buf[:k.rate])
		k.buf = k.buf[k.rate:]
	}
	return n, nil
}

func (k *keccak) Sum(b []byte) []byte {
	c := *k
	block := make([]byte, c.rate)
	copy(block, c.buf)
	block[len(c.buf)] ^= 0x01
	block[c.rate-1] ^= 0x80
	c.absorb(block)
	out := make([]byte, 0, c.outLen)
	for len(out) < c.outLen {
		var lane [8]byte
		for i := 0; i < c.rate/8 && len(out) < c.outLen; i++ {
			binary.LittleEndian.PutUint64(lane[:], c.st[i])
			out = append(out, lane[:]...)
		}
		if len(out) < c.outLen {
			keccakF(&c.st)
		}
	}
	return append(b, out[:c.outLen]...)
}

func (k *keccak) Reset() {
	k.st = [25]uint64{}
	k.buf = nil
}

func (k *keccak) Size() int      { return k.outLen }
func (k *keccak) BlockSize() int { return k.rate }
