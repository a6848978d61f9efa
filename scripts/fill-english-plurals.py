# Fills the English catalogue's plural forms from "(s)"/"(es)" source texts.
import re,sys
p=sys.argv[1]
s=open(p).read()
def fix(m):
    src=m.group(1)
    import html
    one=src.replace('(s)','').replace('(es)','')
    many=src.replace('(s)','s').replace('(es)','es')
    return '<message numerus="yes">\n        <source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>'%(src,one,many)
s=re.sub(r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>',fix,s,flags=re.S)
open(p,'w').write(s)
