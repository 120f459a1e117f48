#!/usr/bin/perl
# Provenance lint: one fact, one place, checked (no build, a few seconds).
#
# The probe (compat/probes/foo_bar.c, fact HAVE_FOO_BAR; foo.symvers;
# include-missing/X.h, fact HAVE_HEADER_X) is the one home of "which
# upstream change brought this": its first comment names it as
# "subject", vX.Y. Every unit refers to a fact: a shim block
# (include/, compat/*.[ch]), a stand-in header (include-missing/), a
# cocci rule or quilt patch (patches/series) says
#   Undoes: "subject" (vX.Y). Selected by: !HAVE_FOO_BAR.
# This test checks, one TAP line per kind of finding:
#   probe-subject  every probe names its upstream change ("subject", vX.Y);
#                  every quoted text in it is a commit subject: it has a
#                  prefix, ": " and more ("net: add foo()"), so a quoted
#                  word or a subject written without its subsystem fails
#                  (other quoted text, a pull request's title or a
#                  maintainer's reply, goes in single quotes); the few
#                  real subjects without a prefix are listed, each with
#                  its commit id, in %prefixless
#   probe-bracket  ... and the two Debian kernel sources that bracket it
#                  ("absent in 6.1.192, present in 6.12.118": checked in
#                  Debian's linux-source-X packages)
#   no-probe       every HAVE_* used (shims, compat, Kbuild, patches/series,
#                  upstream/modules) has a probe
#   unused-probe   every probe's fact is used somewhere
#   unit-names     every unit has an Undoes: "subject" (vX.Y) and a
#                  Selected by: naming facts; every unit file (a quilt
#                  patch or coccinelle rule of patches/, those of the
#                  in-tree users' own source in patches/consumers/ too)
#                  is named by its series (no unit left behind by the
#                  one that replaced it, a .patch by its .cocci rule)
#   unit-guard     the facts a unit names are exactly those of its guard
#                  (#if line, or its condition in patches/series; a series
#                  line with no fact is a fix for every target, not a unit)
#   unit-subject   each subject a unit quotes is one its facts' probes name
#                  (the copies agree: the probe is the reference) and
#                  looks like a commit subject, as in probe-subject
# Not a finding, reported as a TAP comment: how many probes say nothing of
# their check: no "Checked: where" nor "Unverified: what was looked for"
# (see doc/design.md).
# A shim block on a kernel macro (#ifndef secs_to_jiffies) is its own
# probe: it names its change in Undoes: and says "Selected by: the macro
# is not defined" (unit-names, unit-guard).
# Run it alone: perl tests/15-provenance.t; with --list it prints every
# finding as a line of the known list ("KIND<TAB>FILE: message").
use strict;
use warnings;
use File::Basename qw(dirname);
use Cwd qw(abs_path);

my $top = abs_path(dirname(abs_path($0)) . '/..');
chdir $top or die "cannot enter $top\n";
my $list_only = grep { $_ eq '--list' } @ARGV;
my $list_unchecked = grep { $_ eq '--unchecked' } @ARGV;
# the files are the ones git knows (and would add): a tree without git (a
# release tarball) has nothing to lint
if (system('git rev-parse --git-dir >/dev/null 2>&1') != 0) {
	print "1..0 # SKIP not a git checkout\n";
	exit 0;
}

my @kinds = qw(probe-subject probe-bracket no-probe unused-probe unit-names unit-guard unit-subject);
my %findings = map { $_ => [] } @kinds;
sub finding { my ($kind, $where, $msg) = @_; push @{$findings{$kind}}, "$where: $msg"; }
# A finding's key in the known list: its file without the line number
# (lines move as files are edited), then the message.
sub known_key { my ($kind, $f) = @_; (my $k = $f) =~ s/^([^:\s]+):\d+:/$1:/; return "$kind\t$k"; }

sub slurp { my ($f) = @_; open(my $fh, '<', $f) or die "$f: $!\n"; local $/; my $t = <$fh>; close $fh; return $t; }
sub tracked { my ($spec) = @_; my @f = grep { -f } split /\n/, `git ls-files --cached --others --exclude-standard -- $spec 2>/dev/null`; return sort @f; }
sub norm { my ($s) = @_; $s =~ s/\s+/ /g; $s =~ s/^ | $//g; return $s; }
sub facts_in { my ($s) = @_; my %f = map { $_ => 1 } ($s =~ /\b(HAVE_[A-Z0-9_]+)\b/g); return sort keys %f; }

# ---- probes -------------------------------------------------------------
# fact => { file, text (its provenance comment) }
my %probe;
sub fact_of_path { my ($p) = @_; $p =~ s/[^A-Za-z0-9]/_/g; return uc $p; }
for my $f (tracked('compat/probes')) {
	my ($base, $ext) = $f =~ m{^compat/probes/([^/]+)\.(c|symvers)$} or next;
	next if $base eq 'sanity';
	my $text = slurp($f);
	my $comment = '';
	if ($ext eq 'c') {
		# the first comment after the SPDX line
		($comment) = $text =~ m{\A//[^\n]*\n\s*/\*(.*?)\*/}s;
		$comment //= '';
		$comment =~ s/^\s*\*//mg;
	} else {
		$comment = join ' ', map { s/^#\s?//r } grep { /^#/ && !/^#\s*unavailable:/ } split /\n/, $text;
	}
	$probe{'HAVE_' . uc $base} = { file => $f, text => norm($comment) };
}
# include-missing/X.h is its own probe (scripts/configure: HAVE_HEADER_X)
my %stand_in;
for my $f (tracked('include-missing')) {
	my ($rel) = $f =~ m{^include-missing/(.+\.h)$} or next;
	my $fact = 'HAVE_HEADER_' . fact_of_path($rel);
	my ($comment) = slurp($f) =~ m{\A(?:/\* SPDX[^\n]*\n)?\s*/\*(.*?)\*/}s;
	$comment //= '';
	$comment =~ s/^\s*\*//mg;
	$probe{$fact} = { file => $f, text => norm($comment) };
	$stand_in{$f} = $fact;
}

my $subject_re = qr/"([^"]+)"/;
# Upstream commits whose subject has no "prefix: ", each read with its
# commit id (in a Fixes: tag or a shortlog quoted by others): only these
# exact subjects pass without a prefix. Add one only with its commit id.
my %prefixless = (
	'Add auxiliary bus support' => '7de3697e9cbd',	# Fixes: tags of drivers/base/auxiliary.c fixes
	'move asm/unaligned.h to linux/unaligned.h' => '5f60d5f6bbc1',	# Fixes: tags; Al Viro's pull-work.unaligned
);
# a commit subject: a prefix (subsystem, path; may hold spaces or commas:
# "Compiler Attributes:", "ice, irdma:"), ": ", then its text
sub looks_like_subject {
	my ($s) = @_;
	$s = norm($s);
	return exists $prefixless{$s} || $s =~ /^[^\s:"][^:"]*?: \S/;
}
my @unchecked;	# probes that name no source of their check
my $release_re = qr/\bv(\d+\.\d+)\b/;
for my $fact (sort keys %probe) {
	my $p = $probe{$fact};
	next if $stand_in{$p->{file}};	# checked as a unit below
	my @subjects = $p->{text} =~ /$subject_re/g;
	finding('probe-subject', $p->{file}, "names no upstream subject in quotes (want: \"subject\", vX.Y)") unless @subjects;
	finding('probe-subject', $p->{file}, "names no first release (want: \"subject\", vX.Y)") unless $p->{text} =~ $release_re;
	for my $s (@subjects) {
		finding('probe-subject', $p->{file}, "quotes \"$s\", which does not look like a commit subject (want: \"prefix: text\")")
			unless looks_like_subject($s);
	}
	push @unchecked, $p->{file} unless $p->{text} =~ /\b(?:Checked|Unverified):/;
	finding('probe-bracket', $p->{file}, 'names no bracketing Debian releases (want: absent in X.Y.Z, present in X.Y.Z)')
		unless $p->{text} =~ /\b(?:absent|present) in \d\S*.*\b(?:present|absent) in \d/i;
}

# ---- uses ---------------------------------------------------------------
my %used;	# fact => first place
sub use_fact { my ($fact, $where) = @_; $used{$fact} //= $where; }
my @code = grep { !m{^compat/probes/} && /\.(c|h)$|(^|\/)Kbuild$/ }
	(tracked('include'), tracked('include-missing'), tracked('compat'), tracked('Kbuild'), tracked('consumers'));
for my $f (@code, 'patches/series', 'patches/consumers/series', 'upstream/modules') {
	my $n = 0;
	for my $line (split /\n/, slurp($f)) {
		$n++;
		# in the series and upstream/modules a comment is not a use
		next if $f =~ m{^(patches/series|patches/consumers/series|upstream/modules)$} && $line =~ /^\s*#/;
		use_fact($_, "$f:$n") for $line =~ /\b(HAVE_[A-Z0-9_]+)\b/g;
	}
}
for my $fact (sort keys %used) {
	next if $probe{$fact};
	next if $fact =~ /^HAVE_(FOO|FOO_BAR|HEADER_)$/;	# the convention's own examples
	finding('no-probe', $used{$fact}, "$fact has no probe (compat/probes/" . lc(substr $fact, 5) . ".c or .symvers)");
}
for my $fact (sort keys %probe) {
	next if $used{$fact} || $stand_in{$probe{$fact}{file}};
	finding('unused-probe', $probe{$fact}{file}, "$fact is used by no shim, compat file, Kbuild, patches/series or upstream/modules");
}

# ---- units --------------------------------------------------------------
# The condition a "Selected by:" states: up to the first '.', ';', ':' or
# '(' (what follows explains it, and may name related facts).
sub selected_by {
	my ($text) = @_;
	my ($sel) = norm($text) =~ /Selected by:\s*(.*?)(?:[.;:](?:\s|$)|\(|$)/;
	return $sel;
}
# check_unit WHERE, TEXT (its provenance comment), GUARD FACTS...
sub check_unit {
	my ($where, $text, @guard) = @_;
	$text = norm($text);
	my ($undoes) = $text =~ /Undoes:\s*(.*?)(?:Selected by:|$)/;
	my $selected = selected_by($text);
	if (!defined $undoes || $undoes !~ $subject_re || $undoes !~ /\(v\d+\.\d+\b/) {
		finding('unit-names', $where, 'no Undoes: "subject" (vX.Y)');
	}
	if (!defined $selected) {
		finding('unit-names', $where, 'no Selected by: naming its fact');
		return;
	}
	my @named = facts_in($selected);
	my $g = join ' ', sort @guard;
	my $s = join ' ', @named;
	finding('unit-guard', $where, "Selected by names {$s}, its guard is {$g}") if $g ne $s;
	return unless defined $undoes;
	# the probes of the facts it selects by, and of any other fact it names
	my $probes = join ' ', map { $probe{$_} ? $probe{$_}{text} : '' } facts_in($text);
	for my $subj ($undoes =~ /$subject_re/g) {
		finding('unit-subject', $where, "Undoes \"$subj\", which does not look like a commit subject (want: \"prefix: text\")")
			unless looks_like_subject($subj);
		next if index($probes, norm($subj)) >= 0;
		finding('unit-subject', $where, "Undoes \"$subj\", which the probe of " . ($s || 'its fact') . " does not name");
	}
}

# shim blocks: a top-level #if on HAVE_* facts in include/ and compat/*.[ch]
# (not the probes, not the test modules, which only choose what to test).
# Its comment is the first thing after the #if (and any #include lines) or
# the comment just above it; in compat/*.c it may be in the file header.
# A block with no comment of its own is a further part of a unit written
# elsewhere: some unit must name exactly its facts.
my (%documented, @bare);
for my $f (grep { m{^(include/.*\.h|compat/[^/]+\.[ch])$} } (tracked('include'), tracked('compat'))) {
	my @lines = split /\n/, slurp($f);
	my ($header) = join("\n", @lines) =~ m{\A(?:(?://|/\* SPDX)[^\n]*\n)?\s*/\*(.*?)\*/}s;
	$header //= '';
	for my $part (split /(?=Selected by:)/, norm($header)) {
		my $sel = selected_by($part) // next;
		$documented{join ' ', facts_in($sel)} //= "$f (header)";
	}
	# the subjects a file header's Undoes: quote (its blocks are checked
	# below): commit subjects that the probes of the facts it names name
	{
		my $h = norm($header =~ s/^\s*\*//mgr);
		my $probes = join ' ', map { $probe{$_} ? $probe{$_}{text} : '' } facts_in($h);
		while ($h =~ /Undoes:\s*(.*?)(?=Selected by:|$)/g) {
			for my $subj ($1 =~ /$subject_re/g) {
				finding('unit-subject', "$f (header)", "Undoes \"$subj\", which does not look like a commit subject (want: \"prefix: text\")")
					unless looks_like_subject($subj);
				finding('unit-subject', "$f (header)", "Undoes \"$subj\", which the probes of the facts it names do not name")
					if index($probes, norm($subj)) < 0;
			}
		}
	}
	my $depth = 0;	# depth of #if nesting inside a HAVE_ unit
	for (my $i = 0; $i < @lines; $i++) {
		my $l = $lines[$i];
		if ($depth) {
			$depth++ if $l =~ /^\s*#\s*if/;
			$depth-- if $l =~ /^\s*#\s*endif/;
			next;
		}
		# a block on a lower-case macro of the kernel (#ifndef
		# secs_to_jiffies): the macro is its own probe; the block still
		# names the change that brought it and says so
		if ($l =~ /^\s*#\s*ifndef\s+([a-z_][a-z0-9_]*)\s*$/) {
			my $macro = $1;
			$depth = 1;
			my $k = $i + 1;
			$k++ while $k < @lines && $lines[$k] =~ /^\s*(#.*)?$/;
			my ($comment) = $k < @lines && $lines[$k] =~ m{^\s*/\*}
				? join("\n", @lines[$k .. $#lines]) =~ m{\A\s*/\*(.*?)\*/}s : ();
			$comment = norm(($comment // '') =~ s/^\s*\*//mgr);
			my $where = "$f:" . ($i + 1);
			finding('unit-names', $where, "a block on the macro $macro with no Undoes: \"subject\" (vX.Y)")
				unless $comment =~ /Undoes:\s*"[^"]+"\s*\(v\d+\.\d+\b/;
			finding('unit-guard', $where, "a block on the macro $macro whose Selected by: is not \"the macro is not defined\"")
				unless $comment =~ /Selected by: the macro is not defined\b/;
			next;
		}
		next unless $l =~ /^\s*#\s*(if|ifdef|ifndef)\b/ && $l =~ /HAVE_/;
		my $cond = $l;
		my $j = $i;
		while ($cond =~ /\\\s*$/ && $j + 1 < @lines) { $cond .= "\n" . $lines[++$j]; }
		my @guard = facts_in($cond);
		$depth = 1;
		my $k = $j + 1;
		$k++ while $k < @lines && $lines[$k] =~ /^\s*(#.*)?$/;
		my $comment;
		if ($k < @lines && $lines[$k] =~ m{^\s*/\*}) {
			($comment) = join("\n", @lines[$k .. $#lines]) =~ m{\A\s*/\*(.*?)\*/}s;
		} elsif ($i > 0 && $lines[$i - 1] =~ m{\*/\s*$}) {
			my $b = $i - 1;
			$b-- while $b > 0 && $lines[$b] !~ m{/\*};
			($comment) = join("\n", @lines[$b .. $i - 1]) =~ m{/\*(.*?)\*/\s*\z}s;
		}
		my $where = "$f:" . ($i + 1);
		if (defined $comment && $comment =~ /Undoes:|Selected by:/) {
			$comment =~ s/^\s*\*//mg;
			check_unit($where, $comment, @guard);
			$documented{join ' ', facts_in(selected_by($comment) // '')} //= $where;
		} else {
			push @bare, [$where, join ' ', @guard];
		}
	}
}
for my $b (@bare) {
	my ($where, $g) = @$b;
	next if $documented{$g};
	finding('unit-names', $where, "a block on {$g} with no Undoes:/Selected by: comment, and no unit names exactly these facts");
}

# stand-in headers: Selected by: !HAVE_HEADER_<PATH> (their own probe)
for my $f (sort keys %stand_in) {
	check_unit($f, $probe{$stand_in{$f}}{text}, $stand_in{$f});
}

# cocci rules and quilt patches: their header against patches/series (and
# the units of the in-tree users' own source against patches/consumers/series)
my %named_unit;
for my $series ('patches/series', 'patches/consumers/series') {
	next unless -f $series;
	(my $dir = $series) =~ s{/series$}{};
	my $n = 0;
	for my $line (split /\n/, slurp($series)) {
		$n++;
		next if $line =~ /^\s*(#|$)/;
		my ($unit, $cond) = split /\s+/, $line, 2;
		$cond //= '';
		$cond =~ s/\bafter:\S+//g;
		my $file = "$dir/$unit";
		$named_unit{$file} = 1;
		if (!-f $file) {
			finding('unit-names', "$series:$n", "$unit: no such file");
			next;
		}
		my $head = '';
		for my $hl (split /\n/, slurp($file)) {
			last if $hl =~ /^(---|\+\+\+|diff |@@|Index:)/;
			$hl =~ s{^//\s?}{} if $unit =~ /\.cocci$/;
			$head .= "$hl\n";
		}
		# no fact in its condition: a fix of the pinned code for every
		# target, not a backport; it undoes nothing and no fact selects it
		my @guard = facts_in($cond);
		next unless @guard;
		check_unit($file, $head, @guard);
	}
}

for my $f (grep { m{^patches/(?!generated/|targets/).*\.(patch|cocci)$} } tracked('patches')) {
	finding('unit-names', $f, 'a unit no series names (patches/series, patches/consumers/series)') unless $named_unit{$f};
}

# ---- report -------------------------------------------------------------
# tests/data/provenance-known lists the findings this lint met when it was
# written and that are not fixed yet: they are reported, not failed. A new
# finding fails; so does a listed one that is gone (delete its line: the
# list only shrinks).
my $known_file = 'tests/data/provenance-known';
my %known;
if (-f $known_file) {
	for (split /\n/, slurp($known_file)) { next if /^\s*(#|$)/; $known{$_}++; }
}
if ($list_unchecked) {
	print "$_\n" for sort @unchecked;
	exit 0;
}
if ($list_only) {
	for my $k (@kinds) { print known_key($k, $_), "\n" for @{$findings{$k}}; }
	exit 0;
}
print '1..' . (scalar(@kinds) + 1) . "\n";
my $t = 0;
my $failed = 0;
for my $k (@kinds) {
	my (@new, @old);
	for my $f (@{$findings{$k}}) {
		my $key = known_key($k, $f);
		if ($known{$key}) { $known{$key}--; push @old, $f; } else { push @new, $f; }
	}
	$t++;
	my $desc = "$k: " . (@new ? scalar(@new) . ' new findings' : 'no new finding') .
		(@old ? ' (' . scalar(@old) . " known, in $known_file)" : '');
	print((@new ? 'not ok' : 'ok') . " $t - $desc\n");
	print "# $_\n" for @new;
	print "# known: $_\n" for @old;
	$failed++ if @new;
}
my @gone = sort grep { $known{$_} > 0 } keys %known;
# not a finding: the probes whose comment says nothing of its check
printf "# %d of %d probes say nothing of their check (no \"Checked:\" or \"Unverified:\"); run with --unchecked to list them\n",
	scalar(@unchecked), scalar(grep { !$stand_in{$probe{$_}{file}} } keys %probe);
$t++;
print((@gone ? 'not ok' : 'ok') . " $t - every finding in $known_file is still there" .
	(@gone ? ' (fixed: delete these lines)' : '') . "\n");
print "# $_\n" for @gone;
$failed++ if @gone;
exit($failed ? 1 : 0);
