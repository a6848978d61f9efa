<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Canvas</name>
    <message>
        <source>autoscale %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: stackdraft-cli COMMAND [OPTIONS] [ARGS]

Check, analyse and export Stackdraft architecture designs.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a bundled example (see &apos;examples&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists already; use --force to overwrite it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; choose one of: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: %1   Connections: %2   Zones: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format (default: from OUTPUT&apos;s extension, .json or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be yaml or json, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: converting a file onto itself would change its format but not its name
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (%2 components, %3 connections, %4 zones)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of components (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (.yaml or .json; - for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--components must be 1 to 1000000 and --seed a whole number
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: stackdraft-cli %1 [options] %2 (see --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a design file, blank or from a bundled example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a design: counts by kind and category, zones, providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a design between YAML and JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load designs and report every problem with file and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a large realistic design for scale tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the bundled example designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stackdraft-cli export FORMAT DESIGN -o OUTPUT [options]

Formats:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;stackdraft-cli export FORMAT --help&apos; for the options of a format.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export: unknown format &apos;%1&apos;; choose one of: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: -o OUTPUT is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stackdraft-cli export %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 files to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a design (terraform, kubernetes, questionnaire...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>the start &apos;%1&apos; is not a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end &apos;%1&apos; is not a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already connects %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>converted from format version %1 to %2; saving writes version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 MiB; design files of more than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many errors; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list of two numbers, like [40, 60]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must hold numbers, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be positive and at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is beyond %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;properties&apos; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos; for kind &apos;%2&apos; in %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &apos;%1&apos; of %2 must be a single value, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a component kind; list it under components, not zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a zone kind; list it under zones, not components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; of %2 must start with a letter or digit and use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 entries; at most %3 are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a design needs at least formatVersion and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a design file must be a mapping at the top, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;formatVersion&apos; (this version of Stackdraft writes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;formatVersion&apos; must be a whole number from 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Stackdraft; this version reads up to format version %2. Update Stackdraft to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;metadata&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata &apos;%1&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; names parent &apos;%2&apos;, which is not a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed in &apos;%2&apos;, which is not a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pinned&apos; of %1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which is a zone; connect components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes %2 &apos;%3&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects &apos;%2&apos; to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats a connection from &apos;%2&apos; to &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;port&apos; of %1 must be a whole number from 1 to 65535, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;mode&apos; of %1 must be sync or async, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;%1&apos; is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 must be a number, text, true/false or a range [min, max]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding &apos;%1&apos; is accepted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zones contain each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is nested more than %2 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, it is outside the export folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceNode</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not supported in design files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than one YAML document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pin %n component(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n component(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change design name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen finding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CanvasScene</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to another zone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connection refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CanvasView</name>
    <message>
        <source>Design canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Document</name>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Stackdraft designs (*.stackdraft.yaml *.stackdraft.json *.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one component to another to connect them (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stackdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stackdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;An architecture design studio that checks designs for single points of failure and writes starter infrastructure as code.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find component (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened; the current design is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stackdraft did not close properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no Stackdraft design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is already tidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (1 = 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this scale the image would be too large; choose a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::NewDesignDialog</name>
    <message>
        <source>New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a blank canvas or from one of the examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty canvas. Drag components from the palette, connect them, and group them in zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OverviewMap</name>
    <message>
        <source>Overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole design; click or drag to move the canvas there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PaletteWidget</name>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search components…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, id or description (Down moves into the list, Enter adds the first match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PropertyEditor</name>
    <message>
        <source>%1 connections selected. Select a single connection to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items selected: showing the properties they all share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected connection is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected connections are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items share no properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the caller talks to the callee (lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port the callee listens on (— for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync (request/response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async (message, event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caller waits for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reads and writes orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the system does, for whom, and at what scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a component, zone or connection to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for &apos;%2&apos; (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
