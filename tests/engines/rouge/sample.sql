-- 建表：MySQL 类型、反引号名字
CREATE TABLE IF NOT EXISTS `user_score` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  "Score" decimal(5,2) DEFAULT NULL, -- 行尾注释
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
/* 多行 /* 嵌套 */ 注释 */
SELECT u.name, COUNT(*) AS n FROM user_score u WHERE u.name <> 'it''s' AND u.id >= 10
  GROUP BY u.name HAVING n > 1 ORDER BY n DESC LIMIT 10;
INSERT INTO t (a, b) VALUES ('a\'b', "x""y"), (1, `q``r`);
mysql -h localhost -P 3306 -u root -p
select @var := 1 & 2 | 3 ^ 4 ~ 5 ! 6 ? 7 # 8 % 9;
