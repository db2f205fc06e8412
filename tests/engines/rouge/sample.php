<div class="box"><?= $title ?></div>
<?php
namespace App\Models;

use Foo\Bar, Baz\{Qux, Quux};
use function strlen;

/** 文档注释 */
abstract class User extends Model implements \JsonSerializable
{
    const MAX_AGE = 120;
    public static $count = 0;
    private ?string $name = null;
    protected readonly int $id;

    public function __construct(int $id, string ...$names)
    {
        $this->id = $id;
        self::$count++;
        $fn = fn($x) => $x * 2.5e3 + 0x1F - 0b101 + 0755;
        $closure = function ($a) use (&$b): int { return $a + $b; };
        echo "Hello {$this->name} and ${name} \n\t\x41 $arr[0] $obj->prop";
        echo 'single \' quote', `ls -la`;
        $doc = <<<EOT
heredoc 内容 $x
EOT;
        try { throw new \RuntimeException('x'); } catch (FooException | BarException $e) { }
        $obj = new class { public $a = 1; };
        if (PHP_VERSION_ID > 80000 && E_ALL && STDIN_X) { print_r(array_map('trim', [])); }
        # hash comment
        return __DIR__ . DIRECTORY_SEPARATOR . $name ?? null;
    }
}
?>
<p>after</p>
