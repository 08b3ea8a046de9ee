const Y=require('yaml');
const show=(src)=>{const [d]=Y.parseAllDocuments(src,{version:'1.1'}); const j=(n)=>n&&({t:n.constructor.name,range:n.range,v:n.value===undefined?undefined:n.value, items:n.items&&n.items.map(p=>p.key!==undefined?{k:j(p.key),v:j(p.value)}:j(p))}); console.log(JSON.stringify(j(d.contents)), d.range);};
show("a:\nb: 1\n");
show("a: \nb: 1\n");
show("spec:\n  containers:\n  - name: x\n    \n  - \n");
show("a: [1, 2]\n");
