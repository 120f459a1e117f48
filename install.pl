#!/usr/bin/perl
# install.pl: build and install rdma-backports on this node, the way the
# node's distribution installs software (Debian: .deb packages, RPM
# distributions: .rpm packages), with DKMS by default. Run ./install.pl --help.
use strict;
use warnings;
use Getopt::Long qw(GetOptionsFromArray :config no_ignore_case bundling);
use File::Basename qw(dirname);
use File::Path qw(make_path);
use File::Temp qw(tempfile);
use Cwd qw(abs_path);
use POSIX qw(strftime);

my $TOP = abs_path(dirname(__FILE__));
my $PROG = 'install.pl';
my $ETC = $ENV{RDMABP_ETC} // '/etc/rdma-backports';
my $VERSION = slurp("$TOP/VERSION");
chomp $VERSION;
my ($UPSTREAM) = slurp("$TOP/upstream/pin.conf") =~ /^UPSTREAM_VERSION=(\S+)/m;
my $FULLVER = "$VERSION+$UPSTREAM";

# In-tree modules that use the RDMA core but live in other subsystems; the
# kernel option that builds each. Used when the kernel's modules.dep is not
# at hand (headers only); modules.dep, when present, is authoritative.
my @FOREIGN_ULPS = (
	[ 'rpcrdma',     'SUNRPC_XPRT_RDMA',     'NFS over RDMA' ],
	[ 'nvme-rdma',   'NVME_RDMA',            'NVMe over Fabrics host' ],
	[ 'nvmet-rdma',  'NVME_TARGET_RDMA',     'NVMe over Fabrics target' ],
	[ 'smc',         'SMC',                  'SMC-R sockets' ],
	[ 'rds_rdma',    'RDS_RDMA',             'RDS over RDMA' ],
	[ '9pnet_rdma',  'NET_9P_RDMA',          '9P over RDMA' ],
	[ 'cifs',        'CIFS_SMB_DIRECT',      'SMB Direct client' ],
	[ 'ksmbd',       'SMB_SERVER_SMBDIRECT', 'SMB Direct server' ],
	[ 'rnbd-client', 'BLK_DEV_RNBD_CLIENT',  'RNBD block client' ],
	[ 'rnbd-server', 'BLK_DEV_RNBD_SERVER',  'RNBD block server' ],
	[ 'ib_qib',      'INFINIBAND_QIB',       'QLogic IB HCA' ],
	[ 'i40iw',       'INFINIBAND_I40IW',     'Intel X722 iWARP HCA' ],
);

my %opt = (dkms => 1, verbose => 0, quiet => 0);
my (%with, $logfh, $logpath, $step, $nsteps);
# The in-tree RDMA users rebuilt for the new core (for the summary).
my $CONSUMERS = '';

sub slurp {
	my ($f) = @_;
	open(my $fh, '<', $f) or return '';
	local $/;
	my $s = <$fh>;
	close $fh;
	return $s // '';
}

sub usage {
	print <<"USAGE";
usage: ./install.pl [options]

Builds rdma-backports $FULLVER (the RDMA subsystem of Linux $UPSTREAM) for a
kernel and installs it as this distribution's packages.

  -c, --config FILE        module selection (ofed.conf format; default:
                           $ETC/ofed.conf if present, else ./ofed.conf)
      --kernel KVER        target kernel release (default: the running one)
      --kernel-sources DIR its headers (default: /lib/modules/KVER/build)
      --with-MOD           build and install MOD (a key of upstream/modules)
      --without-MOD        leave MOD out
      --dkms               install the DKMS package: rebuilt on kernel
                           upgrades (the default)
      --without-dkms       install modules prebuilt for KVER only
      --build-only         build the packages, do not install them
      --print-available    write an ofed.conf of the modules KVER can have
                           to standard output, then exit
      --uninstall          remove rdma-backports from this node
      --force              go on although in-tree modules of KVER that use
                           the RDMA core will no longer load
  -q, --quiet              only errors and the summary
  -v, --verbose            show every command's output
  -h, --help               this text

A full log is written to /var/log/rdma-backports/install.log (or \$TMPDIR
when not run as root).
USAGE
}

sub say_ {
	my ($msg) = @_;
	print STDERR "$PROG: $msg\n" unless $opt{quiet};
	print $logfh "# $msg\n" if $logfh;
}

# One line naming the problem and its fix, and the log: then exit.
sub fail {
	my ($msg) = @_;
	print $logfh "ERROR: $msg\n" if $logfh;
	print STDERR "$PROG: error: $msg" . ($logpath ? " (log: $logpath)" : '') . "\n";
	exit 1;
}

sub progress {
	my ($what) = @_;
	$step++;
	say_("[$step/$nsteps] $what");
}

sub open_log {
	my $dir = $> == 0 ? '/var/log/rdma-backports' : ($ENV{TMPDIR} // '/tmp');
	make_path($dir);
	$logpath = $ENV{RDMABP_INSTALL_LOG} // "$dir/install.log";
	open($logfh, '>', $logpath) or die "$PROG: error: cannot write the log $logpath: $!\n";
	$logfh->autoflush(1);
	print $logfh "# $PROG $FULLVER, " . strftime('%Y-%m-%d %H:%M:%S', localtime) . "\n";
	print $logfh "# command line: @ARGV\n";
}

# run(CMD...): run a command, its output to the log (and the terminal with
# -v); returns its exit status. A long step prints a dot every 30 s.
sub run {
	my @cmd = @_;
	print $logfh "\$ @cmd\n";
	my $pid = open(my $out, '-|') // fail("cannot run $cmd[0]: $!");
	if ($pid == 0) {
		open(STDERR, '>&', \*STDOUT);
		exec(@cmd) or do { print "cannot run $cmd[0]: $!\n"; exit 127 };
	}
	my $last = time;
	while (my $line = <$out>) {
		print $logfh $line;
		print STDERR $line if $opt{verbose};
		if (!$opt{verbose} && !$opt{quiet} && time - $last >= 30) {
			my ($what) = grep { !/^(env|-.*|\w+=.*)$/ } @cmd;
			$what =~ s{.*/}{};
			print STDERR "$PROG:   ... still working ($what)\n";
			$last = time;
		}
	}
	close $out;
	my $rc = $? >> 8;
	print $logfh "# exit $rc\n";
	return $rc;
}

sub run_or_fail {
	my ($why, @cmd) = @_;
	run(@cmd) == 0 or fail($why);
}

sub capture {
	my @cmd = @_;
	my $pid = open(my $out, '-|') // return '';
	if ($pid == 0) {
		open(STDERR, '>', '/dev/null');
		exec(@cmd) or exit 127;
	}
	local $/;
	my $s = <$out> // '';
	close $out;
	return wantarray ? ($s, $? >> 8) : $s;
}

sub os_family {
	my $osr = slurp($ENV{RDMABP_OS_RELEASE} // '/etc/os-release');
	fail('cannot read /etc/os-release: cannot tell the distribution; install base-files (or os-release)') unless $osr;
	my %v = $osr =~ /^(\w+)=["']?([^"'\n]*)["']?$/mg;
	my $ids = join(' ', $v{ID} // '', $v{ID_LIKE} // '');
	return ('debian', $v{PRETTY_NAME} // $v{ID}) if $ids =~ /\b(debian|ubuntu)\b/;
	return ('rpm', $v{PRETTY_NAME} // $v{ID}) if $ids =~ /\b(rhel|fedora|centos|suse|opensuse|sles)\b/;
	fail("unsupported distribution '" . ($v{PRETTY_NAME} // $v{ID} // '?') .
		"': rdma-backports installs on Debian/Ubuntu (deb) and RHEL/Fedora/SUSE (rpm) families");
}

sub supported_targets {
	my $t = capture('bash', '-c', '. "$1/scripts/lib.sh"; supported_series', '_', $TOP);
	chomp $t;
	return split ' ', $t;
}

sub module_keys {
	my @keys;
	for (split /\n/, slurp("$TOP/upstream/modules")) {
		next if /^#/ || /^\s*$/;
		push @keys, (split /\t/)[0];
	}
	return @keys;
}

# The selection: the config file with --with/--without applied, written to
# a new file (select-modules checks it, and it is shipped as ofed.conf).
sub selection {
	my ($conf) = @_;
	my (@lines, %seen);
	for my $l (split /\n/, slurp($conf)) {
		if ($l =~ /^\s*(\w+)\s*=\s*[ynYN]\s*(#.*)?$/ && exists $with{$1}) {
			$l = "$1=$with{$1}";
			$seen{$1} = 1;
		}
		push @lines, $l;
	}
	push @lines, "$_=$with{$_}" for grep { !$seen{$_} } sort keys %with;
	my ($fh, $path) = tempfile('rdmabp-ofed-XXXXXX', TMPDIR => 1, SUFFIX => '.conf', UNLINK => 1);
	print $fh "# rdma-backports module selection, written by install.pl from $conf\n";
	print $fh "$_\n" for @lines;
	close $fh;
	chmod 0644, $path;
	return $path;
}

# The modules.list of a selection for the kernel: key, module, plan.
sub plan_modules {
	my ($conf, $kdir) = @_;
	my $dir = File::Temp->newdir('rdmabp-plan-XXXXXX', TMPDIR => 1);
	my ($out, $rc) = capture('bash', '-c',
		'"$1/scripts/select-modules" "$2" "$3/.config" "$4" 2>&1', '_', $TOP, $conf, $kdir, "$dir");
	if ($rc != 0) {
		$out =~ s/^select-modules: error: //;
		chomp $out;
		fail($out);
	}
	return map { [ split /\t/ ] } grep { length } split /\n/, slurp("$dir/modules.list");
}

# In-tree modules of the target kernel that use the RDMA core (or another
# module of the project), computed by scripts/consumers from the kernel's
# modules.dep and Module.symvers: a hash of module => [plan, key]. plan is
# "rebuild" (a key of the selection builds it from the target's own
# source) or "cannot: REASON".
sub consumers {
	my ($kver, $kdir, $conf, $plan) = @_;
	# RDMABP_MODDIR: another kernel's module directory (tests).
	my $moddir = $ENV{RDMABP_MODDIR} // "/lib/modules/$kver";
	my $dep = "$moddir/modules.dep";
	my %users;
	if (-r $dep && -x "$TOP/scripts/consumers") {
		my ($out, $rc) = capture('bash', '-c', '"$1/scripts/consumers" --conf "$2" --moddir "$3" --symvers "$4/Module.symvers" "$5" 2>&1',
			'_', $TOP, $conf, $moddir, $kdir, $kver);
		if ($rc != 0) {
			$out =~ s/^consumers: error: //;
			chomp $out;
			fail($out);
		}
		for (grep { length } split /\n/, $out) {
			my ($m, $key, $p) = split /\t/;
			# A key the selection has that cannot be built here says why.
			$p = "cannot: $plan->{$key}" if $p eq 'rebuild' && ($plan->{$key} // 'build') ne 'build';
			$users{$m} = [ $p, $key ];
		}
	} else {
		my $cfg = slurp("$kdir/.config");
		for (@FOREIGN_ULPS) {
			my ($m, $sym, $what) = @$_;
			my $key = (grep { $plan->{$_} && $plan->{$_} eq 'build' && key_builds($_, $m) } keys %$plan)[0];
			$users{ modname($m) } = $key ? [ 'rebuild', $key ] : [ "cannot: $what, no modules.dep to check", '-' ]
				if $cfg =~ /^CONFIG_\Q$sym\E=[ym]$/m;
		}
	}
	return %users;
}

# key_builds(KEY, MODULE): does KEY of upstream/modules produce MODULE?
sub key_builds {
	my ($key, $m) = @_;
	for (split /\n/, slurp("$TOP/upstream/modules")) {
		my @f = split /\t/;
		return 1 if @f > 4 && $f[0] eq $key && grep { modname($_) eq modname($m) } split ' ', $f[4];
	}
	return 0;
}

# in_use(KVER, MODULE): is MODULE loaded, or is a device it drives present?
# (modules.alias against the node's PCI devices.) A module that cannot be
# rebuilt blocks the installation only then.
sub in_use {
	my ($kver, $m) = @_;
	return 'loaded' if -d "/sys/module/$m";
	my @dev = map { slurp($_) =~ s/\s+$//r } glob('/sys/bus/pci/devices/*/modalias');
	for (split /\n/, slurp(($ENV{RDMABP_MODDIR} // "/lib/modules/$kver") . "/modules.alias")) {
		my (undef, $alias, $mod) = split ' ';
		next unless $mod && modname($mod) eq $m && $alias =~ /^pci:/;
		my $re = join('', map { $_ eq '*' ? '.*' : $_ eq '?' ? '.' : quotemeta } split /([*?])/, $alias);
		return "a device it drives is present ($alias)" if grep { /^$re$/ } @dev;
	}
	return '';
}

sub modname {
	my ($p) = @_;
	$p =~ s{.*/}{};
	$p =~ s/\.ko(\.\w+)?$//;
	$p =~ s/-/_/g;
	return $p;
}

sub installed_pkgs {
	my ($family) = @_;
	my @p;
	if ($family eq 'debian') {
		my $s = capture('dpkg-query', '-W', '-f', '${Package} ${db:Status-Abbrev}\n', 'rdma-backports*');
		@p = map { (split ' ')[0] } grep { /\s[ihuHr][iUFWt]/ } split /\n/, $s;
	} else {
		my $s = capture('rpm', '-qa', '--qf', '%{NAME}\n');
		@p = grep { /^(rdma-backports|kmod-rdma-backports)/ } split /\n/, $s;
	}
	return @p;
}

sub uninstall {
	my ($family) = @_;
	$nsteps = 2;
	my @p = installed_pkgs($family);
	progress('removing ' . (@p ? join(' ', @p) : 'nothing: rdma-backports is not installed'));
	if (@p) {
		if ($family eq 'debian') {
			run_or_fail('removing the packages failed; see the log, then: apt-get purge ' . join(' ', @p),
				'apt-get', 'purge', '-y', '-q', @p);
		} else {
			run_or_fail('removing the packages failed; see the log, then: rpm -e ' . join(' ', @p), 'rpm', '-e', @p);
		}
	}
	progress('updating module dependencies');
	for my $d (glob('/lib/modules/*/modules.dep')) {
		my $k = (split m{/}, $d)[3];
		run('depmod', '-a', $k);
	}
	say_('rdma-backports is removed; the kernel\'s own RDMA stack is used from the next module load (reboot to be sure)');
	exit 0;
}

sub main {
	my @argv = @ARGV;
	my %wopt;
	for my $k (module_keys()) {
		$wopt{"with-$k"} = sub { $with{$k} = 'y' };
		$wopt{"without-$k"} = sub { $with{$k} = 'n' };
	}
	GetOptionsFromArray(\@argv,
		'c|config=s' => \$opt{config}, 'kernel=s' => \$opt{kernel},
		'kernel-sources=s' => \$opt{ksrc}, 'dkms' => sub { $opt{dkms} = 1 },
		'without-dkms' => sub { $opt{dkms} = 0 },
		'build-only' => \$opt{build_only}, 'print-available' => \$opt{print_available},
		'uninstall' => \$opt{uninstall}, 'force' => \$opt{force},
		'q|quiet' => \$opt{quiet}, 'v|verbose' => \$opt{verbose}, 'h|help' => \$opt{help},
		%wopt,
	) or do { print STDERR "$PROG: error: bad option; see ./install.pl --help\n"; exit 2 };
	if ($opt{help}) { usage(); exit 0 }
	@argv and do { print STDERR "$PROG: error: unexpected argument '$argv[0]'; see ./install.pl --help\n"; exit 2 };

	if ($opt{uninstall}) {
		# Whatever the kernel: removing needs no supported one.
		$> == 0 or do { print STDERR "$PROG: error: uninstalling needs root; run as root\n"; exit 1 };
		open_log();
		my ($family) = os_family();
		uninstall($family);
	}
	my $kver = $opt{kernel} // (POSIX::uname())[2];
	my $kdir = $opt{ksrc} // "/lib/modules/$kver/build";
	my @targets = supported_targets();
	unless (grep { $kver =~ /^\Q$_\E[.-]/ } @targets) {
		print STDERR "$PROG: error: unsupported kernel $kver; supported kernel series: @targets (e.g. --kernel 6.1.0-N-amd64)\n";
		exit 1;
	}
	my $conf = $opt{config} // (-r "$ETC/ofed.conf" ? "$ETC/ofed.conf" : "$TOP/ofed.conf");

	if ($opt{print_available}) {
		-r "$kdir/.config" or do { print STDERR "$PROG: error: no kernel headers for $kver at $kdir; install linux-headers-$kver or give --kernel-sources\n"; exit 1 };
		my ($fh, $all) = tempfile('rdmabp-all-XXXXXX', TMPDIR => 1, UNLINK => 1);
		print $fh "$_=y\n" for module_keys();
		close $fh;
		my %why;
		for (plan_modules($all, $kdir)) {
			my ($key, $ko, $plan) = @$_;
			$why{$key} //= $plan eq 'build' ? '' : $plan;
		}
		print "# Modules rdma-backports $FULLVER can build for $kver (install.pl --print-available).\n";
		for my $k (module_keys()) {
			print $why{$k} ? "$k=n\t# $why{$k}\n" : "$k=y\n";
		}
		# The in-tree users of the core the kernel has (scripts/consumers).
		my %users = consumers($kver, $kdir, $all, { map { ($_ => ($why{$_} || "build")) } keys %why });
		print "# In-tree modules of $kver that use the RDMA core:" . (%users ? '' : ' none found') . "\n";
		for my $m (sort keys %users) {
			my ($p, $key) = @{ $users{$m} };
			print $p eq 'rebuild' ? "#   $m: rebuilt ($key=y)\n" : "#   $m: will not load with the new core (" . ($p =~ s/^cannot: //r) . ")\n";
		}
		exit 0;
	}

	if ($> != 0 && !$opt{build_only}) {
		print STDERR "$PROG: error: installing needs root; run as root (or use --build-only)\n";
		exit 1;
	}
	open_log();
	my ($family, $distro) = os_family();
	say_("rdma-backports $FULLVER on $distro, kernel $kver, log: $logpath");

	$nsteps = $opt{build_only} ? 4 : 7;
	$step = 0;
	progress('checking the kernel headers and the module selection');
	-r "$kdir/.config" && -r "$kdir/Module.symvers"
		or fail("no complete kernel headers for $kver at $kdir; install linux-headers-$kver or give --kernel-sources");
	-r $conf or fail("cannot read the module selection $conf; give -c FILE");
	my $sel = selection($conf);
	my @plan = plan_modules($sel, $kdir);
	my @build = grep { $_->[2] eq 'build' } @plan;
	@build or fail("the selection builds no module for $kver; check $conf and --with/--without");
	my %ours = map { (modname($_->[1]) => 1) } @build;
	say_('  ' . scalar(@build) . ' modules: ' . join(' ', map { $_->[1] } @build));
	say_("  not available on $kver: $_->[1] ($_->[2])") for grep { $_->[2] ne 'build' } @plan;

	progress('checking in-tree modules that use the RDMA core');
	my %plan_of = map { ($_->[0] => $_->[2]) } @plan;
	my %users = consumers($kver, $kdir, $sel, \%plan_of);
	my @rebuilt = sort grep { $users{$_}[0] eq 'rebuild' } keys %users;
	my @cannot = sort grep { $users{$_}[0] ne 'rebuild' } keys %users;
	say_('  rebuilt for the new core: ' . join(', ', map { "$_ ($users{$_}[1])" } @rebuilt)) if @rebuilt;
	# A user the project does not rebuild by design (upstream/consumers/
	# not-rebuilt: an HCA driver gone from the pinned tree) blocks only when
	# it is in use here; any other (its key off, no source for the series)
	# always asks for --force.
	my %by_design = map { (modname((split /\t/)[0]) => 1) } grep { !/^#/ && /\t/ }
		split /\n/, slurp("$TOP/upstream/consumers/not-rebuilt");
	my @blocking;
	for my $m (@cannot) {
		my $use = $by_design{$m} ? in_use($kver, $m) : 'needed';
		say_("  $m will not load with the new core: " . ($users{$m}[0] =~ s/^cannot: //r) .
			($use eq 'needed' ? '' : $use ? "; in use: $use" : '; not in use here (not loaded, no device it drives)'));
		push @blocking, $m if $use;
	}
	if (@blocking) {
		fail('in-tree RDMA users ' . join(',', @blocking) .
			" would stop loading; rerun with --force to go on without them") unless $opt{force};
		say_('  --force: going on; those modules stay unusable while rdma-backports is installed');
	}
	$CONSUMERS = join(' ', @rebuilt);

	my @before = installed_pkgs($family);
	if ($family eq 'debian') {
		deb_flow($kver, $kdir, $sel, \@before);
	} else {
		rpm_flow($kver, $kdir, $sel, \@before);
	}
	exit 0;
}

# Tools the Debian flow needs; installed from the distribution when missing.
sub ensure_tools {
	my ($family, @pkgs) = @_;
	my @missing;
	for my $p (@pkgs) {
		if ($family eq 'debian') {
			my $s = capture('dpkg-query', '-W', '-f', '${Status}', $p);
			push @missing, $p unless $s =~ /install ok installed/;
		} else {
			my (undef, $rc) = capture('rpm', '-q', $p);
			push @missing, $p if $rc;
		}
	}
	return unless @missing;
	say_("  installing the build tools: @missing");
	if ($family eq 'debian') {
		run_or_fail("cannot install @missing; run: apt-get install @missing",
			'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', @missing);
	} else {
		my $pm = -x '/usr/bin/dnf' ? 'dnf' : -x '/usr/bin/zypper' ? 'zypper' : 'yum';
		run_or_fail("cannot install @missing; run: $pm install @missing", $pm, 'install', '-y', @missing);
	}
}

# Roll back to what was installed before: nothing of a failed run stays.
sub rollback_deb {
	my ($before, $why) = @_;
	my %had = map { ($_ => 1) } @$before;
	my @new = grep { !$had{$_} } installed_pkgs('debian');
	if (@new) {
		say_("rolling back: purging @new");
		run('env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'purge', '-y', '-q', @new);
	}
	fail($why);
}

sub deb_flow {
	my ($kver, $kdir, $sel, $before) = @_;
	my $out = "$TOP/build/pkg/deb";
	progress('checking the build tools');
	my @tools = qw(dpkg-dev debhelper dh-dkms make patch);
	push @tools, 'dkms' if $opt{dkms};
	ensure_tools('debian', @tools);

	progress($opt{dkms} ? 'building the packages rdma-backports and rdma-backports-dkms'
		: "building the packages rdma-backports and rdma-backports-modules-$kver (compiles the stack)");
	my @env = ('env', "OFED_CONF=$sel", 'LINTIAN=0', "KDIR=$kdir");
	push @env, 'DIST_DEB_INDEP=1' if $opt{dkms};
	run_or_fail("building the Debian packages failed; see $TOP/build/logs/deb.log",
		@env, "$TOP/scripts/dist-deb", '', $kver);
	my @debs = ("$out/rdma-backports_${FULLVER}_all.deb");
	if ($opt{dkms}) {
		push @debs, "$out/rdma-backports-dkms_${FULLVER}_all.deb";
	} else {
		push @debs, glob("$out/rdma-backports-modules-${kver}_${FULLVER}_*.deb");
	}
	-f $_ or fail("the build did not produce $_") for @debs;
	if ($opt{build_only}) {
		progress('done: packages in build/pkg/deb');
		say_("  $_") for @debs;
		return;
	}

	progress('installing ' . join(' ', map { (split m{/})[-1] } @debs));
	my @other = $opt{dkms} ? grep { /^rdma-backports-modules-/ } installed_pkgs('debian')
		: grep { $_ eq 'rdma-backports-dkms' } installed_pkgs('debian');
	run('env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'purge', '-y', '-q', @other) if @other;
	# The admin's selection replaces the shipped ofed.conf.
	run('env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--reinstall',
		'-o', 'Dpkg::Options::=--force-confnew', @debs) == 0
		or rollback_deb($before, 'installing the packages failed (see the log); nothing was left installed');

	if ($opt{dkms}) {
		progress("building the modules for $kver with DKMS");
		my $st = capture('dkms', 'status', '-m', 'rdma-backports', '-v', $FULLVER, '-k', $kver);
		if ($st !~ /installed/) {
			run('dkms', 'install', '-m', 'rdma-backports', '-v', $FULLVER, '-k', $kver,
				($opt{ksrc} ? ('--kernelsourcedir', $kdir) : ())) == 0
				or rollback_deb($before, "DKMS could not build the stack for $kver; its make.log is in the log; nothing was left installed");
		} else {
			say_("  already built and installed for $kver");
		}
	} else {
		progress('updating module dependencies');
		# Only for an installed kernel: installing one runs depmod itself.
		run('depmod', '-a', $kver) if -e "/lib/modules/$kver/modules.dep";
	}
	progress('loading the stack');
	summary($kver);
}

sub rpm_flow {
	my ($kver, $kdir, $sel, $before) = @_;
	progress('checking the build tools');
	ensure_tools('rpm', qw(rpm-build make patch), $opt{dkms} ? ('dkms') : ());
	progress('building the RPM packages');
	my @env = ('env', "OFED_CONF=$sel", 'RPMLINT=0', "KDIR=$kdir");
	push @env, 'DIST_RPM_NOARCH=1' if $opt{dkms};
	run_or_fail("building the RPM packages failed; see $TOP/build/logs/rpm.log",
		@env, "$TOP/scripts/dist-rpm", '', $kver);
	my @rpms = $opt{dkms} ? glob("$TOP/build/pkg/rpm/RPMS/noarch/rdma-backports*.rpm")
		: glob("$TOP/build/pkg/rpm/RPMS/*/kmod-rdma-backports-*.rpm");
	@rpms or fail('the RPM build produced no package');
	if ($opt{build_only}) {
		progress('done: packages in build/pkg/rpm/RPMS');
		return;
	}
	progress('installing ' . join(' ', map { (split m{/})[-1] } @rpms));
	if (run('rpm', '-Uvh', '--replacepkgs', @rpms) != 0) {
		my %had = map { ($_ => 1) } @$before;
		my @new = grep { !$had{$_} } installed_pkgs('rpm');
		run('rpm', '-e', @new) if @new;
		fail('installing the packages failed (see the log); nothing was left installed');
	}
	progress('updating module dependencies');
	run('depmod', '-a', $kver) if -e "/lib/modules/$kver/modules.dep";
	progress('loading the stack');
	summary($kver);
}

sub summary {
	my ($kver) = @_;
	my $running = (POSIX::uname())[2];
	if ($kver eq $running) {
		my $how = -d '/run/systemd/system' ? [ 'systemctl', 'restart', 'rdma-backports' ]
			: [ '/usr/libexec/rdma-backports/rdma-backports-stack', 'restart' ];
		run(@$how) == 0 or say_("  the stack did not (re)load cleanly: see the log; a reboot loads it");
	} else {
		say_("  $kver is not the running kernel ($running): the stack loads when $kver boots");
	}
	# The installed ofed_info reports what the packages put on the node.
	my $info = capture(-x '/usr/bin/ofed_info' ? '/usr/bin/ofed_info' : "$TOP/ofed_info", '-k', $kver);
	print $logfh $info;
	my @mods = $info =~ /^\s+(\S+)\s+\S+\s+\Q$FULLVER\E$/mg;
	print STDERR "$PROG: installed rdma-backports $FULLVER for $kver: " . scalar(@mods) .
		" modules ($PROG log: $logpath); see ofed_info\n";
	print STDERR "$PROG: in-tree RDMA users rebuilt for the new core: $CONSUMERS\n" if $CONSUMERS;
}

main();
