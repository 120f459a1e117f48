#!/usr/bin/python3
"""Compare what an RDMA module assumes about the NIC modules it links with
what those NIC modules of the target kernel really are.

scripts/nic-abi runs this; see there. Inputs, all files:
  --base BTF         the target kernel's vmlinux BTF (the base of module BTF)
  --nic NAME=BTF     the split BTF of one target NIC module (repeatable)
  --rdma BTF         the RDMA module's types (pahole -J of its DWARF)
  --protos FILE      the RDMA module's prototypes (pfunct -P of its DWARF)
  --imports FILE     "SYMBOL NICMODULE" lines: what it links from them
  --accept FILE      "MODULE KIND NAME reason..." lines: audited differences
  --module NAME      the RDMA module's name (for --accept and the output)
Prints one line per difference: MODULE NIC KIND NAME: DETAIL, where KIND is
struct (layout: size, member offsets and sizes), enum (enumerator values) or
func (prototype), followed by "(accepted: reason)" when --accept lists it.
Exit status 1 when a difference is not accepted, 0 otherwise.
"""
import argparse
import re
import struct
import sys

KINDS = {1: 'INT', 2: 'PTR', 3: 'ARRAY', 4: 'STRUCT', 5: 'UNION', 6: 'ENUM',
         7: 'FWD', 8: 'TYPEDEF', 9: 'VOLATILE', 10: 'CONST', 11: 'RESTRICT',
         12: 'FUNC', 13: 'FUNC_PROTO', 14: 'VAR', 15: 'DATASEC', 16: 'FLOAT',
         17: 'DECL_TAG', 18: 'TYPE_TAG', 19: 'ENUM64'}
MODIFIERS = ('TYPEDEF', 'VOLATILE', 'CONST', 'RESTRICT', 'TYPE_TAG')


class BTF:
    """Types of one BTF blob; a split blob continues the ids of its base."""

    def __init__(self, data, base=None):
        (magic, _, _, hdr_len, type_off, type_len, str_off,
         str_len) = struct.unpack_from('<HBBIIIII', data, 0)
        if magic != 0xeb9f:
            raise ValueError('not BTF')
        strs = data[hdr_len + str_off:hdr_len + str_off + str_len]
        self.types = list(base.types) if base else [None]
        self.strs = (base.strs if base else b'') + strs
        self.first = len(self.types)
        p = hdr_len + type_off
        end = p + type_len
        while p < end:
            name_off, info, size_type = struct.unpack_from('<III', data, p)
            p += 12
            vlen = info & 0xffff
            kind = KINDS.get((info >> 24) & 0x1f, 'UNKNOWN')
            kflag = info >> 31
            t = {'kind': kind, 'name': self._str(name_off), 'st': size_type}
            if kind == 'INT':
                p += 4
            elif kind == 'ARRAY':
                t['elem'], _, t['nelems'] = struct.unpack_from('<III', data, p)
                p += 12
            elif kind in ('STRUCT', 'UNION'):
                mem = []
                for _ in range(vlen):
                    mn, mt, mo = struct.unpack_from('<III', data, p)
                    p += 12
                    if kflag:
                        mem.append((self._str(mn), mt, mo & 0xffffff, mo >> 24))
                    else:
                        mem.append((self._str(mn), mt, mo, 0))
                t['members'] = mem
            elif kind == 'ENUM':
                vals = []
                for _ in range(vlen):
                    vn, vv = struct.unpack_from('<Ii', data, p)
                    p += 8
                    vals.append((self._str(vn), vv))
                t['values'] = vals
            elif kind == 'ENUM64':
                vals = []
                for _ in range(vlen):
                    vn, lo, hi = struct.unpack_from('<III', data, p)
                    p += 12
                    vals.append((self._str(vn), lo | (hi << 32)))
                t['values'] = vals
            elif kind == 'FUNC_PROTO':
                ps = []
                for _ in range(vlen):
                    _, pt = struct.unpack_from('<II', data, p)
                    p += 8
                    ps.append(pt)
                t['params'] = ps
            elif kind in ('VAR', 'DECL_TAG'):
                p += 4
            elif kind == 'DATASEC':
                p += 12 * vlen
            self.types.append(t)

    def _str(self, off):
        return self.strs[off:self.strs.index(b'\0', off)].decode()

    def strip(self, tid):
        while tid and self.types[tid]['kind'] in MODIFIERS:
            tid = self.types[tid]['st']
        return tid

    def size(self, tid):
        tid = self.strip(tid)
        t = self.types[tid] if tid else None
        if t is None:
            return 0
        if t['kind'] == 'PTR':
            return 8
        if t['kind'] == 'ARRAY':
            return t['nelems'] * self.size(t['elem'])
        if t['kind'] in ('INT', 'STRUCT', 'UNION', 'ENUM', 'ENUM64', 'FLOAT'):
            return t['st']
        return 0

    def layout(self, tid, prefix='', off=0):
        """Members as (path, bit offset, bit size, byte size, kind), anonymous
        struct and union members flattened into their parent."""
        out = []
        for name, mt, bitoff, bitsz in self.types[tid]['members']:
            st = self.strip(mt)
            k = self.types[st]['kind'] if st else 'VOID'
            if not name and k in ('STRUCT', 'UNION'):
                out += self.layout(st, prefix, off + bitoff)
                continue
            if k == 'ARRAY':
                k = 'ARRAY[%d]' % self.types[st]['nelems']
            out.append((prefix + name, off + bitoff, bitsz, self.size(mt), k))
        return out

    def named(self, kinds, split_only=False):
        """name -> [type id] of the named types of these kinds."""
        res = {}
        start = self.first if split_only else 1
        for tid in range(start, len(self.types)):
            t = self.types[tid]
            if t['kind'] in kinds and t['name']:
                res.setdefault(t['name'], []).append(tid)
        return res

    def canon_typedef(self, tid):
        """What a typedef stands for, as a prototype spells it: the int or
        enum it names, else the typedef name itself."""
        t = self.types[tid]
        st = self.strip(tid)
        tt = self.types[st] if st else None
        if tt and tt['kind'] == 'INT':
            return tt['name']
        if tt and tt['kind'] in ('ENUM', 'ENUM64') and tt['name']:
            return 'enum ' + tt['name']
        return t['name']

    def cdecl(self, tid, inner=''):
        """C spelling of a type, typedefs of ints and enums resolved."""
        t = self.types[tid] if tid else None
        if t is None:
            return ('void ' + inner).strip()
        k = t['kind']
        if k == 'PTR':
            pt = self.types[t['st']] if t['st'] else None
            if pt and pt['kind'] in ('FUNC_PROTO', 'ARRAY'):
                return self.cdecl(t['st'], '(*' + inner + ')')
            return self.cdecl(t['st'], '*' + inner)
        if k == 'CONST':
            sub = self.types[t['st']] if t['st'] else None
            if sub and sub['kind'] == 'PTR':
                return self.cdecl(t['st'], 'const ' + inner)
            return 'const ' + self.cdecl(t['st'], inner)
        if k == 'VOLATILE':
            return 'volatile ' + self.cdecl(t['st'], inner)
        if k in ('RESTRICT', 'TYPE_TAG'):
            return self.cdecl(t['st'], inner)
        if k == 'ARRAY':
            return self.cdecl(t['elem'], inner + '[%d]' % t['nelems'])
        if k == 'FUNC_PROTO':
            ps = ', '.join(self.cdecl(p) if p else '...' for p in t['params'])
            return self.cdecl(t['st'], inner + '(' + (ps or 'void') + ')')
        if k == 'TYPEDEF':
            base = self.canon_typedef(tid)
        elif k in ('STRUCT', 'UNION', 'ENUM', 'ENUM64', 'FWD'):
            word = {'STRUCT': 'struct', 'UNION': 'union', 'FWD': 'struct'}.get(k, 'enum')
            base = word + ' ' + t['name']
        else:
            base = t['name']
        return (base + ' ' + inner).strip()


def norm(proto):
    return re.sub(r'\s+', '', proto)


def canon_text(proto, rdma, typedefs):
    """A pfunct prototype with its typedefs spelled as BTF.cdecl does."""
    out = []
    prev = ''
    for tok in re.findall(r'[A-Za-z_][A-Za-z0-9_]*|\S', proto):
        if prev not in ('struct', 'union', 'enum') and tok in typedefs:
            tok = rdma.canon_typedef(typedefs[tok][0])
        out.append(tok)
        prev = tok
    return norm(' '.join(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--base', required=True)
    ap.add_argument('--nic', action='append', default=[])
    ap.add_argument('--rdma', required=True)
    ap.add_argument('--protos', required=True)
    ap.add_argument('--imports', required=True)
    ap.add_argument('--accept')
    ap.add_argument('--module', required=True)
    a = ap.parse_args()

    with open(a.base, 'rb') as f:
        base = BTF(f.read())
    nics = {}
    for spec in a.nic:
        name, path = spec.split('=', 1)
        with open(path, 'rb') as f:
            nics[name] = BTF(f.read(), base)
    with open(a.rdma, 'rb') as f:
        rdma = BTF(f.read())
    accepted = {}
    if a.accept:
        with open(a.accept) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith('#'):
                    mod, kind, name, reason = line.split(None, 3)
                    accepted[(mod, kind, name)] = reason
    protos = {}
    with open(a.protos) as f:
        for line in f:
            m = re.match(r'^(.*?)\b([A-Za-z_][A-Za-z0-9_]*)\((.*)\);$', line.strip())
            if m:
                protos.setdefault(m.group(2), line.strip().rstrip(';'))
    imports = []
    with open(a.imports) as f:
        for line in f:
            if line.split():
                imports.append(tuple(line.split()[:2]))

    diffs = []
    rdma_agg = rdma.named(('STRUCT', 'UNION'))
    rdma_enums = rdma.named(('ENUM', 'ENUM64'))
    rdma_typedefs = rdma.named(('TYPEDEF',))
    checked = {}
    for nic_name, nic in sorted(nics.items()):
        own_agg = nic.named(('STRUCT', 'UNION'), split_only=True)
        all_agg = nic.named(('STRUCT', 'UNION'))
        n = 0
        for name in sorted(own_agg):
            if name not in rdma_agg:
                continue
            n += 1
            want = {(nic.types[t]['st'], tuple(nic.layout(t))) for t in all_agg[name]}
            for tid in rdma_agg[name]:
                have = (rdma.types[tid]['st'], tuple(rdma.layout(tid)))
                if have in want:
                    continue
                ref = next(iter(sorted(want, key=lambda w: w[0] != have[0])))
                detail = 'size %d, target %d' % (have[0], ref[0])
                theirs = {m[0]: m for m in ref[1]}
                for m in have[1]:
                    o = theirs.get(m[0])
                    if o is None:
                        detail += '; %s: not in the target' % m[0]
                    elif o[1:4] != m[1:4]:
                        detail += '; %s at %d+%d, target at %d+%d' % (
                            m[0], m[1] // 8, m[3], o[1] // 8, o[3])
                    if detail.count(';') >= 4:
                        detail += '; ...'
                        break
                diffs.append((nic_name, 'struct', name, detail))
                break
        own_enums = nic.named(('ENUM', 'ENUM64'), split_only=True)
        for name in sorted(own_enums):
            if name not in rdma_enums:
                continue
            n += 1
            want = dict(nic.types[own_enums[name][0]]['values'])
            have = dict(rdma.types[rdma_enums[name][0]]['values'])
            bad = ['%s=%d, target %s' % (k, v, want.get(k, 'none'))
                   for k, v in have.items() if want.get(k) != v]
            if bad:
                diffs.append((nic_name, 'enum', name, '; '.join(bad[:4])))
        funcs = nic.named(('FUNC',), split_only=True)
        for sym, mod in imports:
            if mod != nic_name:
                continue
            if sym not in funcs or sym not in protos:
                # pahole leaves out of BTF the functions whose prototype
                # it cannot state (e.g. changed by the optimiser); a data
                # symbol has no prototype. Said, not counted as a difference.
                print('%s %s func %s: unchecked (%s)' % (
                    a.module, nic_name, sym, 'no prototype in the target module\'s BTF'
                    if sym not in funcs else 'no prototype in the RDMA module\'s DWARF'))
                continue
            n += 1
            fn = nic.types[funcs[sym][0]]
            theirs = nic.cdecl(fn['st'], sym)
            mine = protos[sym]
            if canon_text(mine, rdma, rdma_typedefs) != norm(theirs):
                diffs.append((nic_name, 'func', sym, '%s; target: %s' % (mine, theirs)))
        checked[nic_name] = n
    bad = 0
    for nic_name, kind, name, detail in diffs:
        reason = accepted.get((a.module, kind, name))
        if reason:
            print('%s %s %s %s: %s (accepted: %s)' % (a.module, nic_name, kind, name, detail, reason))
        else:
            print('%s %s %s %s: %s' % (a.module, nic_name, kind, name, detail))
            bad += 1
    for nic_name, n in sorted(checked.items()):
        print('%s %s checked %d types and functions' % (a.module, nic_name, n))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
