# int.to_bytes and int.from_bytes: byte orders, two's complement, subclasses, errors.
print((1024).to_bytes(2,'big'), (1024).to_bytes(2,byteorder='little'), (-1).to_bytes(2,'big',signed=True), (5).to_bytes(), int.from_bytes(b'\xff\xfe','big',signed=True), int.from_bytes([1,2],'little'), int.from_bytes(b''))
print((255).to_bytes(1, 'big'), (-128).to_bytes(1, 'big', signed=True), (0).to_bytes(0, 'big'), (2**70).to_bytes(9, 'little'), int.from_bytes(bytearray(b'\x80\x00'), 'big', signed=True))
print((-129).to_bytes(2, 'little', signed=True), int.from_bytes(b'\x00' * 9 + b'\x01', 'big'), int.from_bytes(b'\xff' * 10, 'big', signed=True))
for f in ['(256).to_bytes(1,"big")','(-1).to_bytes(1,"big")','(1).to_bytes(1,"mid")','(1).to_bytes(-1,"big")','int.from_bytes(1)','(128).to_bytes(1,"big",signed=True)','int.from_bytes("ab")', 'True.to_bytes()', '(-129).to_bytes(1, "big", signed=True)', '(0).to_bytes(0, "big", signed=True)', '(1).to_bytes(0)']:
  try: print(eval(f))
  except Exception as e: print(type(e).__name__, e)
class I(int): pass
print(type(I.from_bytes(b'\x01')), I.from_bytes(b'\x01'))
