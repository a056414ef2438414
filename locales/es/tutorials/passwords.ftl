# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/passwords.ftl). Draft: to be reviewed by a native speaker.

passwords-title = Elegir bien y guardar sus contraseñas

passwords-1-title = Elegir una contraseña larga
passwords-1-text =
    Una contraseña es una llave secreta para abrir su cuenta.
    Una contraseña corta es fácil de encontrar para un ladrón.
    Elija 12 letras, números o signos como mínimo.
    No use su fecha de nacimiento ni el nombre de sus familiares.
passwords-1-image = Unas estrellas esconden una contraseña.
passwords-1-tip = Cuanto más larga es la contraseña, más segura es.

passwords-2-title = Usar una frase corta
passwords-2-text =
    Una frase corta es larga y fácil de recordar.
    Piense en una frase que tenga sentido para usted.
    Escriba las palabras sin espacios, con mayúscula al principio de cada palabra.
    Añada un número y un signo, como el signo de exclamación.
    Por ejemplo: «ElGatoDuerme3HorasAlDia!».
passwords-2-image = Unas comillas, como para una frase.
passwords-2-caution = Invente su propia frase, diferente de este ejemplo.

passwords-3-title = Usar una contraseña diferente para cada sitio
passwords-3-text =
    Use una contraseña diferente para cada sitio importante.
    Por ejemplo: su correo, su banco, ameli o la Caf.
    Es como una llave diferente para cada puerta.
    Si un ladrón encuentra una contraseña, las otras siguen protegidas.
passwords-3-image = Una llave.
passwords-3-tip =
    La contraseña de su correo es la más importante.
    Con ella, un ladrón puede cambiar sus otras contraseñas.

passwords-4-title = Apuntar sus códigos en un papel
passwords-4-text =
    Puede escribir sus contraseñas en una libreta pequeña.
    Escriba el nombre del sitio al lado de cada contraseña.
    Guarde esta libreta en su casa, en un lugar seguro y escondido.
    No la lleve en su bolso ni en su cartera.
passwords-4-image = Una libreta.
passwords-4-tip = No guarde nunca el código de su tarjeta bancaria con la tarjeta.

passwords-5-title = No dar nunca sus códigos
passwords-5-text =
    No dé nunca sus códigos por SMS, por correo electrónico ni por teléfono.
    Un SMS es un mensaje escrito que llega al teléfono.
    Tampoco dé un código que ha recibido por SMS en su teléfono.
    Su banco, la Caf, ameli y el servicio de impuestos nunca piden sus códigos.
passwords-5-image = Un triángulo con un signo de exclamación.
passwords-5-caution = Aunque la persona conozca su nombre o su banco, no dé nada.

passwords-5b-title = Si alguien le pide sus códigos
passwords-5b-text =
    Si alguien le pide sus códigos, es una estafa.
    Cuelgue o no conteste al mensaje.
passwords-5b-image = Un teléfono que cuelga.
passwords-5b-tip =
    Si ha dado una contraseña, cámbiela enseguida.
    Si ha dado un código del banco, llame rápido a su banco.

passwords-6-title = ¡Muy bien!
passwords-6-text =
    Ya sabe hacer una contraseña segura, larga como una frase corta.
    Usa una contraseña diferente para cada sitio importante.
    Guarda sus códigos en un papel, en su casa.
    No da nunca sus códigos a nadie.
passwords-6-image = Una mano con el pulgar hacia arriba.
