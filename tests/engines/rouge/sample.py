#!/usr/bin/env python3
"""模块文档"""
from os.path import join as j
import sys, re
@decorator.x
class Foo(Base):
    def bar(self, x=0x1F, y=1_000.5e-3, z=3j, *args, **kw) -> None:
        '''doc'''
        s = f"你好 {name!r:>10} {{x}} {d['k']}" + rb'\d+' + u"\u4e2d\n" + 'it\'s'
        t = """多行
        字符串 {x}"""
        if x is not None and y in [1, 2] or not z:
            raise ValueError("bad") from None
        print(len(sys.argv), True, self.attr, 0o17, 0b1010, 10L)
        return lambda a: a ** 2 // 3 @ m
    async def go(): await x; yield
r"raw\n"; F"{a}{b:{w}}"; x = 'a' \
    'b'
