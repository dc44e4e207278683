const x: number = 1;
console.log('hello bench', x);
