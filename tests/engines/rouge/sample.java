package com.example.demo;

import java.util.*;

@Override
public class Person<T> extends Base implements Runnable {
    private static final int MAX_SIZE = 1_000;
    private long money = 0x1F_FFL + 0b1010 + 0777 + 12L;
    double rate = 3.14e10d;
    char c = '\n', d = 'x';

    public void pay(int price) throws Exception {
        /* 多行
           注释 */
        if (checkAuthorize() == true && this.money >= price) {
            this.money = this.money - price; // 扣款
            System.out.println("paid: \"ok\" " + price);
        }
        label: for (String s : List.of("a")) { break label; }
        Class Person2 = null;
        var x = new ArrayList<String>();
    }
}
